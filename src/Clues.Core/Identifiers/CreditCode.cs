using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Clues.Core.Identifiers;

/// <summary>
/// An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) over the alphabet
/// 0-9 and A-Y without I, O, S, V and Z, ending in a MOD 31 check character.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<CreditCode>))]
public sealed record CreditCode : IIdentifier<CreditCode>
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    /// <summary>The 18 characters, upper-case.</summary>
    public string Value { get; }

    /// <summary>Parses and checks a code, or throws <see cref="DomainValidationException"/> saying what is wrong.</summary>
    public static CreditCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new DomainValidationException("creditCode", error);

    /// <summary>Parses and checks a code; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CreditCode? code, [NotNullWhen(false)] out string? error)
    {
        code = null;
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18)
        {
            error = $"Unified social credit code '{text}' has {value.Length} characters; it needs 18.";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(value[i], StringComparison.Ordinal);
            if (v < 0)
            {
                error = $"Unified social credit code '{text}' has '{value[i]}' at position {i + 1}; codes use 0-9 and A-Y without I, O, S, V, Z.";
                return false;
            }

            sum += v * Weights[i];
        }

        var expected = Alphabet[(31 - sum % 31) % 31];
        if (value[17] != expected)
        {
            error = $"Unified social credit code '{text}' fails its checksum: the check character should be '{expected}', not '{value[17]}'. Copy the code from the business licence again.";
            return false;
        }

        code = new CreditCode(value);
        error = null;
        return true;
    }

    /// <summary>Builds a valid code from its first 17 characters by computing the check character.</summary>
    public static CreditCode FromBody(string first17)
    {
        var sum = 0;
        for (var i = 0; i < first17.Length && i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            sum += Math.Max(v, 0) * Weights[i];
        }

        return Parse(first17 + Alphabet[(31 - sum % 31) % 31]);
    }

    /// <summary>The characters a code may use, check character included.</summary>
    public static string Characters => Alphabet;

    /// <inheritdoc />
    public override string ToString() => Value;
}
