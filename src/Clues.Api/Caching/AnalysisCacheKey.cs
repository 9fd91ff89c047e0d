using System.Text.Json;

namespace Clues.Api.Caching;

/// <summary>
/// What identifies one analyst question: the operation and its arguments after decoding and defaulting (store ids,
/// not global ids, and explicit defaults), so equal questions asked differently share an entry.
/// </summary>
internal sealed class AnalysisCacheKey
{
    private static readonly JsonSerializerOptions ArgumentJson = new() { WriteIndented = false };

    private AnalysisCacheKey(string text) => Text = text;

    /// <summary>The operation and its arguments as one string (not yet versioned or hashed).</summary>
    public string Text { get; }

    /// <summary>
    /// A key for <paramref name="operation"/> with <paramref name="arguments"/> in a fixed order. Arguments are
    /// written as JSON, so lists, dates and enums are told apart (<c>["a,b"]</c> is not <c>["a","b"]</c>) and a null
    /// differs from an empty list.
    /// </summary>
    /// <param name="operation">The field name, e.g. <c>conflictsOfInterest</c>.</param>
    /// <param name="arguments">Its arguments, in the same order on every call.</param>
    /// <returns>The key.</returns>
    public static AnalysisCacheKey Of(string operation, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        return new AnalysisCacheKey(operation + JsonSerializer.Serialize(arguments, ArgumentJson));
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
