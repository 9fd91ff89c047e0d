using System.Text.Json;
using Clues.Core.Access;

namespace Clues.Api.Security;

/// <summary>
/// Issues the signed bearer tokens the API accepts (for <c>clues token issue</c>). A token names the user, their
/// roles and office jurisdiction, and expires; it is signed with HMAC-SHA256 under the deployment's signing key.
/// </summary>
public sealed class TokenIssuer
{
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <summary>Creates an issuer from a raw signing key.</summary>
    /// <param name="signingKey">At least 32 bytes; copied.</param>
    /// <param name="time">Clock for issue and expiry times; the system clock when null.</param>
    public TokenIssuer(ReadOnlySpan<byte> signingKey, TimeProvider? time = null)
    {
        if (signingKey.Length < TokenFormat.MinKeyLength)
        {
            throw new ArgumentException($"A signing key needs at least {TokenFormat.MinKeyLength} bytes.", nameof(signingKey));
        }

        _key = signingKey.ToArray();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Creates an issuer from the signing key file the API is configured with (<c>Clues:Security:SigningKeyFile</c>).</summary>
    /// <param name="path">The key file (base64 text).</param>
    /// <param name="time">Clock; the system clock when null.</param>
    /// <returns>The issuer.</returns>
    public static TokenIssuer FromKeyFile(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new TokenIssuer(SigningKeyFile.Load(path), time);
    }

    /// <summary>Writes a new random signing key to <paramref name="path"/> (readable by its owner only).</summary>
    /// <param name="path">The key file to create; it must not exist yet.</param>
    public static void CreateKeyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SigningKeyFile.Create(path);
    }

    /// <summary>Issues a token for <paramref name="principal"/> valid for <paramref name="lifetime"/> from now.</summary>
    /// <param name="principal">Who the token stands for.</param>
    /// <param name="lifetime">How long it is valid; positive, at most 366 days.</param>
    /// <returns>The token, to send as <c>Authorization: Bearer &lt;token&gt;</c>.</returns>
    public string Issue(Principal principal, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentException.ThrowIfNullOrWhiteSpace(principal.UserId);
        // Tokens cannot be revoked individually, so a long lifetime is a long exposure if one leaks.
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(366))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A token's lifetime must be positive and at most 366 days.");
        }

        var now = _time.GetUtcNow();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(TokenClaims.Subject, principal.UserId);
            json.WriteString(TokenClaims.Name, principal.DisplayName);
            json.WriteStartArray(TokenClaims.Roles);
            foreach (var role in principal.Roles.Order())
            {
                json.WriteStringValue(role.ToString());
            }

            json.WriteEndArray();
            json.WriteString(TokenClaims.Jurisdiction, principal.Jurisdiction.Value);
            json.WriteString(TokenClaims.OfficeLevel, principal.OfficeLevel.ToString());
            json.WriteNumber(TokenClaims.IssuedAt, now.ToUnixTimeSeconds());
            json.WriteNumber(TokenClaims.Expires, (now + lifetime).ToUnixTimeSeconds());
            json.WriteEndObject();
        }

        return TokenFormat.Sign(_key, buffer.ToArray());
    }
}
