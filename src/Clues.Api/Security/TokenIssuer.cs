using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Clues.Core.Access;

namespace Clues.Api.Security;

/// <summary>
/// Issues the signed bearer tokens the API accepts (for <c>clues token issue</c>). A token names the user, their
/// roles and office jurisdiction, carries a random id, and expires; it is signed with HMAC-SHA256 under the
/// deployment's signing key. The API accepts only tokens recorded in its token registry (<c>tokens.db</c> beside the
/// signing key): an issuer made with <see cref="FromKeyFile(string, TimeProvider)"/> records each token there before returning it.
/// </summary>
public sealed class TokenIssuer
{
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TokenRegistry? _registry;

    /// <summary>
    /// Creates an issuer from a raw signing key that records nothing: the API refuses its tokens as unregistered.
    /// Use <see cref="FromKeyFile(string, TimeProvider)"/> for tokens people will use.
    /// </summary>
    /// <param name="signingKey">At least 32 bytes; copied.</param>
    /// <param name="time">Clock for issue and expiry times; the system clock when null.</param>
    public TokenIssuer(ReadOnlySpan<byte> signingKey, TimeProvider? time = null)
        : this(signingKey, null, time)
    {
    }

    /// <summary>An issuer that records every token in <paramref name="registry"/> before handing it out.</summary>
    internal TokenIssuer(ReadOnlySpan<byte> signingKey, TokenRegistry? registry, TimeProvider? time = null)
    {
        if (signingKey.Length < TokenFormat.MinKeyLength)
        {
            throw new ArgumentException($"A signing key needs at least {TokenFormat.MinKeyLength} bytes.", nameof(signingKey));
        }

        _key = signingKey.ToArray();
        _time = time ?? TimeProvider.System;
        _registry = registry;
    }

    /// <summary>
    /// Creates an issuer from the signing key file the API is configured with (<c>Clues:Security:SigningKeyFile</c>)
    /// that records its tokens in the registry the API reads: <c>tokens.db</c> in the key file's folder (created
    /// when missing).
    /// </summary>
    /// <param name="path">The key file (base64 text).</param>
    /// <param name="time">Clock; the system clock when null.</param>
    /// <returns>The issuer.</returns>
    public static TokenIssuer FromKeyFile(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromKeyFile(path, TokenRegistry.Open(TokenRegistry.BesideSigningKey(path)), time);
    }

    /// <summary>An issuer for the key in <paramref name="path"/> recording its tokens in <paramref name="registry"/>.</summary>
    internal static TokenIssuer FromKeyFile(string path, TokenRegistry registry, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(registry);
        return new TokenIssuer(SigningKeyFile.Load(path), registry, time);
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
    /// <returns>
    /// The token, to send as <c>Authorization: Bearer &lt;token&gt;</c>; already recorded in the registry when the
    /// issuer has one (a registry that cannot be written throws instead).
    /// </returns>
    public string Issue(Principal principal, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentException.ThrowIfNullOrWhiteSpace(principal.UserId);
        // A leak is noticed late more often than not, so lifetimes stay bounded even though tokens can be revoked.
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(366))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A token's lifetime must be positive and at most 366 days.");
        }

        // Whole seconds, as in the payload, so the registry's times are the token's own.
        var now = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds());
        var expires = now + TimeSpan.FromSeconds(Math.Floor(lifetime.TotalSeconds));
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
            json.WriteNumber(TokenClaims.Expires, expires.ToUnixTimeSeconds());
            json.WriteString(TokenClaims.TokenId, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)));
            json.WriteEndObject();
        }

        var token = TokenFormat.Sign(_key, buffer.ToArray());
        _registry?.Register(TokenHash.Of(token), principal, now, expires);
        return token;
    }
}
