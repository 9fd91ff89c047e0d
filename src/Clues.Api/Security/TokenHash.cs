using System.Security.Cryptography;
using System.Text;

namespace Clues.Api.Security;

/// <summary>
/// What the token registry keeps in place of a token: SHA-256 of the whole token string. Whoever reads tokens.db
/// learns who holds tokens, not a token anyone could send.
/// </summary>
internal static class TokenHash
{
    /// <summary>Hex digits of the hash shown by <c>clues token list</c>: enough to tell tokens apart, useless to an attacker.</summary>
    public const int PrefixLength = 12;

    public static byte[] Of(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string Key(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    public static string Prefix(ReadOnlySpan<byte> hash) => Key(hash)[..PrefixLength];
}
