using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Clues.Core.Identifiers;

/// <summary>
/// A 6-digit administrative division code (行政区划代码, GB/T 2260): province <c>xx0000</c>,
/// city <c>xxxx00</c>, county otherwise.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<DivisionCode>))]
public sealed record DivisionCode : IIdentifier<DivisionCode>
{
    private DivisionCode(string value) => Value = value;

    /// <summary>The six digits.</summary>
    public string Value { get; }

    /// <summary>True for a province-level code.</summary>
    public bool IsProvince => Value.EndsWith("0000", StringComparison.Ordinal);

    /// <summary>True for a city-level code.</summary>
    public bool IsCity => !IsProvince && Value.EndsWith("00", StringComparison.Ordinal);

    /// <summary>Parses a code, or throws <see cref="DomainValidationException"/> saying what is wrong.</summary>
    public static DivisionCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new DomainValidationException("divisionCode", error);

    /// <summary>Parses a code; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DivisionCode? code, [NotNullWhen(false)] out string? error)
    {
        code = null;
        var value = text?.Trim() ?? "";
        if (value.Length != 6 || !value.All(char.IsAsciiDigit) || value.StartsWith("00", StringComparison.Ordinal))
        {
            error = $"Administrative division code '{text}' must be 6 digits with a non-zero province part, e.g. 330100.";
            return false;
        }

        code = new DivisionCode(value);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
