using System.Diagnostics.CodeAnalysis;

namespace Clues.Core.Identifiers;

/// <summary>A checked identifier that round-trips through its string form.</summary>
public interface IIdentifier<TSelf> where TSelf : class, IIdentifier<TSelf>
{
    /// <summary>The canonical string form.</summary>
    string Value { get; }

    /// <summary>Parses and checks the string form.</summary>
    static abstract bool TryParse(string? text, [NotNullWhen(true)] out TSelf? value, [NotNullWhen(false)] out string? error);
}
