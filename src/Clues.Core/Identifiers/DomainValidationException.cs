namespace Clues.Core.Identifiers;

/// <summary>A value was refused on entry; the message names the value, what is wrong and how to fix it.</summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>Creates the exception for the field <paramref name="field"/>.</summary>
    public DomainValidationException(string field, string message) : base(message) => Field = field;

    /// <summary>The field or value kind at fault, e.g. <c>nationalId</c>.</summary>
    public string Field { get; }
}
