using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Security;

/// <summary>
/// Turns a bearer token into a <see cref="Principal"/>, or says precisely why it cannot: the signature must hold,
/// the token must not have expired, and it must be recorded in the token registry and not revoked.
/// </summary>
internal sealed class TokenValidator(byte[] signingKey, RegisteredTokenSet registered, TimeProvider time)
{
    // Clocks of the issuing machine and the server may differ a little.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public bool TryValidate(string token, [NotNullWhen(true)] out Principal? principal, [NotNullWhen(false)] out string? error)
    {
        principal = null;
        // The payload is parsed only after the signature holds: untrusted JSON is never interpreted.
        var payload = TokenFormat.Verify(signingKey, token, out error);
        if (payload is null)
        {
            error ??= "The bearer token is not valid.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty(TokenClaims.Expires).GetInt64());
            if (time.GetUtcNow() > expires + ClockSkew)
            {
                error = $"The bearer token expired at {expires:yyyy-MM-dd HH:mm:ss} UTC; ask for a new one.";
                return false;
            }

            var roles = new HashSet<Role>();
            foreach (var item in root.GetProperty(TokenClaims.Roles).EnumerateArray())
            {
                if (!Enum.TryParse<Role>(item.GetString(), ignoreCase: false, out var role) || !Enum.IsDefined(role))
                {
                    error = $"The bearer token is malformed: unknown role '{item.GetString()}'.";
                    return false;
                }

                roles.Add(role);
            }

            if (!DivisionCode.TryParse(root.GetProperty(TokenClaims.Jurisdiction).GetString(), out var jurisdiction, out var codeError))
            {
                error = "The bearer token is malformed: " + codeError;
                return false;
            }

            if (!Enum.TryParse<JurisdictionLevel>(root.GetProperty(TokenClaims.OfficeLevel).GetString(), ignoreCase: false, out var level) || !Enum.IsDefined(level))
            {
                error = "The bearer token is malformed: unknown office level.";
                return false;
            }

            var userId = root.GetProperty(TokenClaims.Subject).GetString();
            if (string.IsNullOrWhiteSpace(userId))
            {
                error = "The bearer token is malformed: no user id.";
                return false;
            }

            principal = new Principal(userId, root.GetProperty(TokenClaims.Name).GetString() ?? userId, roles, jurisdiction, level);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            error = "The bearer token is malformed: its payload lacks required fields.";
            return false;
        }

        // Last, after the cheap checks: only a well-formed, correctly signed, unexpired token can make a miss re-read the registry.
        if (!registered.TryFind(TokenHash.Of(token), out var revocation))
        {
            principal = null;
            error = "The bearer token is not registered on this server (it was issued for another keys folder, before tokens were recorded, "
                + "or its record was lost); ask for a new token (clues token issue --keys <the server's keys folder>).";
            return false;
        }

        if (revocation is not null)
        {
            principal = null;
            error = $"The bearer token was revoked at {revocation.At:yyyy-MM-dd HH:mm:ss} UTC by {revocation.By} ({revocation.Reason}); ask for a new token.";
            return false;
        }

        error = null;
        return true;
    }
}
