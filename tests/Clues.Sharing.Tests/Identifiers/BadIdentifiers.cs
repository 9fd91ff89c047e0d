using Clues.Core.Identifiers;

namespace Clues.Sharing.Tests.Identifiers;

/// <summary>
/// Identifiers that are wrong in one way each, built from their rules (not from the code under test), so a test can
/// say which check it expects to fail.
/// </summary>
internal static class BadIdentifiers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A good number with its check character replaced by another.</summary>
    public static string WrongCheckDigit(string good) => good[..17] + (good[17] == '0' ? '1' : '0');

    /// <summary>Seventeen digits with the check character that makes the checksum pass, whatever the date or region.</summary>
    public static string WithValidChecksum(string body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    /// <summary>Born on 30 February 1975, checksum correct.</summary>
    public static string ImpossibleBirthDate { get; } = WithValidChecksum("43142119750230001");

    /// <summary>Region 000000 (no province has code 00), checksum and date correct.</summary>
    public static string NoSuchRegion { get; } = WithValidChecksum("00000019750302001");

    /// <summary>Region 991421 (no province has code 99), checksum and date correct.</summary>
    public static string NoSuchProvince { get; } = WithValidChecksum("99142119750302001");

    /// <summary>A good credit code with its check character replaced by another character of the alphabet.</summary>
    public static string WrongCheckCharacter(string good) => good[..17] + (good[17] == '0' ? '1' : '0');

    /// <summary>A valid credit code for a Jiangling company.</summary>
    public static string GoodCreditCode { get; } = CreditCode.FromBody("91431400MA4L12345").Value;
}
