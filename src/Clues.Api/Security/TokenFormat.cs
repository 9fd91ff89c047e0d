using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Clues.Api.Security;

/// <summary>
/// The compact token: <c>clues1.</c> + base64url(payload JSON) + <c>.</c> + base64url(HMAC-SHA256 over everything
/// before the last dot). The version prefix is signed too, so a later format cannot be confused with this one.
/// </summary>
internal static class TokenFormat
{
    public const string Prefix = "clues1";

    /// <summary>The shortest signing key accepted: HMAC-SHA256 is only as strong as a 256-bit key.</summary>
    public const int MinKeyLength = 32;

    public static string Sign(ReadOnlySpan<byte> key, ReadOnlySpan<byte> payloadJson)
    {
        var signed = Prefix + "." + Base64Url.EncodeToString(payloadJson);
        var mac = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signed));
        return signed + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>Checks the structure and signature; returns the payload bytes or an error.</summary>
    public static byte[]? Verify(ReadOnlySpan<byte> key, string token, out string? error)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Prefix)
        {
            error = "The bearer token is malformed: expected 'clues1.<payload>.<signature>'.";
            return null;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64Url.DecodeFromChars(parts[1]);
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            error = "The bearer token is malformed: its parts are not base64url.";
            return null;
        }

        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            error = "The bearer token's signature is not valid (wrong key or altered token).";
            return null;
        }

        error = null;
        return payload;
    }
}
