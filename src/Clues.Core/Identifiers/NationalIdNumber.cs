using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Clues.Core.Identifiers;

/// <summary>
/// An 18-character resident ID number (居民身份证号码, GB 11643-1999): a 6-digit division code, the
/// birth date (YYYYMMDD), a 3-digit sequence whose last digit is odd for men, and an ISO 7064
/// MOD 11-2 check character.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<NationalIdNumber>))]
public sealed record NationalIdNumber : IIdentifier<NationalIdNumber>
{
    // Provinces, autonomous regions and municipalities (GB/T 2260), plus Taiwan, Hong Kong and Macao, whose residents'
    // permits use 71/81/82/83. Foreigners' permanent residence cards (2023 on) put a 9 before the issuing province.
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private NationalIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 18 characters, check character upper-case.</summary>
    public string Value { get; }

    /// <summary>The birth date encoded in characters 7 to 14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The administrative division code of the place of first registration.</summary>
    public string DivisionCode => Value[..6];

    /// <summary>True when the sequence number (character 17) is odd.</summary>
    public bool IsMale => (Value[16] - '0') % 2 == 1;

    /// <summary>Parses and checks an ID number, or throws <see cref="DomainValidationException"/> saying what is wrong.</summary>
    public static NationalIdNumber Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new DomainValidationException("nationalId", error);

    /// <summary>Parses and checks an ID number; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out NationalIdNumber? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18)
        {
            error = $"National ID number '{text}' has {value.Length} characters; it needs 18 (17 digits and a check digit or X).";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = $"National ID number '{text}' has '{value[i]}' at position {i + 1}; only digits may stand before the check character.";
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        var expected = CheckCharacters[sum % 11];
        if (value[17] != expected)
        {
            error = $"National ID number '{text}' fails its checksum: the check character should be '{expected}', not '{value[17]}'. Re-enter the number from the ID card.";
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            error = $"National ID number '{text}' encodes birth date '{value.Substring(6, 8)}', which is not a real date.";
            return false;
        }

        // The checksum does not cover a wrong region: a number typed with a wrong first digit can still pass it.
        var province = ((value[0] - '0') * 10) + (value[1] - '0');
        var permanentResidence = value[0] == '9' && Provinces.Contains(((value[1] - '0') * 10) + (value[2] - '0'));
        if (!Provinces.Contains(province) && !permanentResidence)
        {
            error = $"National ID number '{text}' starts with '{value[..6]}', which is not the division code of any province (the first two digits must be one of {string.Join(", ", Provinces.Order())}). Re-enter the number from the ID card.";
            return false;
        }

        id = new NationalIdNumber(value, birth);
        error = null;
        return true;
    }

    /// <summary>Builds a valid number from its first 17 characters by computing the check character.</summary>
    public static NationalIdNumber FromBody(string first17)
    {
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
        {
            throw new DomainValidationException("nationalId", $"'{first17}' is not 17 digits; a national ID number body is 6 division digits, 8 birth-date digits and 3 sequence digits.");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return Parse(first17 + CheckCharacters[sum % 11]);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
