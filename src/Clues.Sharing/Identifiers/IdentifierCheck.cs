using Clues.Core.Identifiers;

namespace Clues.Sharing.Identifiers;

/// <summary>
/// Checks identifiers read from files another office or another system wrote: a national ID number must pass
/// <see cref="NationalIdNumber"/> (length, check character, birth date, a real province), a credit code
/// <see cref="CreditCode"/>; the answer is the problem in words, for a per-record warning.
/// </summary>
internal static class IdentifierCheck
{
    /// <summary>Null when <paramref name="text"/> is a usable national ID number, else what is wrong with it, in words.</summary>
    /// <param name="text">The number as written in the file.</param>
    public static string? NationalIdProblem(string text) =>
        NationalIdNumber.TryParse(text, out _, out var error) ? null : error;

    /// <summary>Null when <paramref name="text"/> is a valid unified social credit code, else what is wrong.</summary>
    /// <param name="text">The code as written in the file.</param>
    public static string? CreditCodeProblem(string text) =>
        CreditCode.TryParse(text, out _, out var error) ? null : error;
}
