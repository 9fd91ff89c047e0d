using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues token issue | revoke | list</c>: bearer tokens for the API, recorded (as SHA-256 hashes, never the token)
/// in the registry <c>tokens.db</c> in the keys folder, which the server reads.
/// </summary>
internal static class TokenCommand
{
    public static Command Create() => new("token", "Bearer tokens for the API: issue, revoke and list them (the server accepts only tokens recorded in <keys>/tokens.db).")
    {
        CreateIssue(), CreateRevoke(), CreateList(),
    };

    private static Command CreateIssue()
    {
        var signingKey = new Option<FileInfo>("--signing-key")
        {
            Description = "The signing key file the server uses (Clues:Security:SigningKeyFile; `clues serve` keeps it in <data>-keys/signing.key).",
            Required = true,
        };
        var keys = new Option<DirectoryInfo?>("--keys")
        {
            Description = "The server's keys folder, whose tokens.db records the token (created when missing). Default: the signing key's folder.",
        };
        var user = new Option<string>("--user") { Description = "User id, e.g. zhang.wei.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (defaults to the user id)." };
        var roles = new Option<string[]>("--roles")
        {
            Description = $"Roles, comma separated: {string.Join(", ", Enum.GetNames<Role>())}.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "The user's office as a 6-digit division code, e.g. 431400 (city) or 431421 (county).", Required = true };
        var days = new Option<int>("--days") { Description = "Days the token is valid (1 to 366).", DefaultValueFactory = _ => 7 };

        var issue = new Command("issue", "Issue a bearer token, record its hash in the registry, then print it on standard output.")
        {
            signingKey, keys, user, name, roles, jurisdiction, days,
        };
        issue.SetAction(parse =>
        {
            if (!DivisionCode.TryParse(parse.GetValue(jurisdiction), out var office, out var error))
            {
                Console.Error.WriteLine($"--jurisdiction: {error}");
                return 2;
            }

            var roleSet = new HashSet<Role>();
            foreach (var text in parse.GetValue(roles)!.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!Enum.TryParse<Role>(text, ignoreCase: true, out var role) || !Enum.IsDefined(role))
                {
                    Console.Error.WriteLine($"--roles: '{text}' is not a role; use {string.Join(", ", Enum.GetNames<Role>())}.");
                    return 2;
                }

                roleSet.Add(role);
            }

            var lifetime = parse.GetValue(days);
            if (lifetime is < 1 or > 366)
            {
                Console.Error.WriteLine($"--days: {lifetime} is outside 1 to 366.");
                return 2;
            }

            var keyFile = parse.GetValue(signingKey)!;
            if (!keyFile.Exists)
            {
                Console.Error.WriteLine($"--signing-key: no file at {keyFile.FullName}. Point it at the key the server was started with.");
                return 2;
            }

            var keysDir = parse.GetValue(keys)?.FullName ?? keyFile.DirectoryName!;
            var level = office.IsProvince ? JurisdictionLevel.Province : office.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;
            var userId = parse.GetValue(user)!;
            var principal = new Principal(userId, parse.GetValue(name) ?? userId, roleSet, office, level);
            string token;
            try
            {
                // Recorded before it is printed: a token that reaches a user is always one the server knows.
                token = TokenIssuer.FromKeyFile(keyFile.FullName, TokenRegistry.Open(Path.Combine(keysDir, TokenRegistry.FileName))).Issue(principal, TimeSpan.FromDays(lifetime));
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            Console.WriteLine(token);
            return 0;
        });
        return issue;
    }

    private static Command CreateRevoke()
    {
        var keys = KeysOption();
        var token = new Option<string?>("--token") { Description = "The token to revoke ('-' reads it from standard input, keeping it out of shell history)." };
        var user = new Option<string?>("--user") { Description = "Revoke every token of this user id." };
        var reason = new Option<string>("--reason") { Description = "Why, e.g. \"laptop lost\"; shown to whoever sends the token afterwards.", Required = true };
        var by = new Option<string>("--by")
        {
            Description = "Who revokes (default: the account running this command).",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var revoke = new Command("revoke", "Revoke one token (--token) or all of a user's tokens (--user); a running server refuses them within about a second.")
        {
            keys, token, user, reason, by,
        };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var tokenText = parse.GetValue(token);
            var userId = parse.GetValue(user);
            if ((tokenText is null) == (userId is null))
            {
                await Console.Error.WriteLineAsync("Give exactly one of --token T (one token) or --user U (all of a user's tokens).");
                return 2;
            }

            var why = parse.GetValue(reason)!.Trim();
            var who = parse.GetValue(by)!.Trim();
            if (why.Length == 0 || who.Length == 0)
            {
                await Console.Error.WriteLineAsync(why.Length == 0 ? "--reason: say why the token is revoked." : "--by: say who revokes.");
                return 2;
            }

            if (!TryOpenExisting(parse.GetValue(keys)!, out var registry, out var exitCode))
            {
                return exitCode;
            }

            var now = DateTimeOffset.UtcNow;
            try
            {
                if (userId is not null)
                {
                    var count = await registry.RevokeUserAsync(userId, who, why, now, cancellationToken);
                    Console.WriteLine(count == 0
                        ? $"{userId} has no unrevoked tokens in {registry.FilePath}."
                        : $"Revoked {count} token(s) of {userId}; a running server refuses them within about a second.");
                    return 0;
                }

                if (tokenText == "-")
                {
                    tokenText = (await Console.In.ReadLineAsync(cancellationToken))?.Trim() ?? "";
                }

                tokenText = tokenText!.Trim();
                if (tokenText.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    tokenText = tokenText["Bearer ".Length..].Trim();
                }

                if (tokenText.Length == 0)
                {
                    await Console.Error.WriteLineAsync("--token: empty; give the token, or '-' and pipe it in.");
                    return 2;
                }

                var (record, revokedNow) = await registry.RevokeTokenAsync(tokenText, who, why, now, cancellationToken);
                if (record is null)
                {
                    await Console.Error.WriteLineAsync($"No such token is registered in {registry.FilePath}; check --keys names the folder of the server that accepts it.");
                    return 1;
                }

                var revocation = record.Revocation!;
                Console.WriteLine(revokedNow
                    ? $"Revoked token {record.HashPrefix} of {record.UserId}; a running server refuses it within about a second."
                    : $"Token {record.HashPrefix} of {record.UserId} was already revoked at {revocation.At:yyyy-MM-dd HH:mm:ss} UTC by {revocation.By} ({revocation.Reason}).");
                return 0;
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return revoke;
    }

    private static Command CreateList()
    {
        var keys = KeysOption();
        var user = new Option<string?>("--user") { Description = "Only this user's tokens." };
        var list = new Command("list", "List registered tokens: hash prefix, user, roles, office, expiry and state (never the tokens themselves).")
        {
            keys, user,
        };
        list.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryOpenExisting(parse.GetValue(keys)!, out var registry, out var exitCode))
            {
                return exitCode;
            }

            IReadOnlyList<RegisteredToken> rows;
            try
            {
                rows = await registry.ListAsync(cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }

            var only = parse.GetValue(user);
            var now = DateTimeOffset.UtcNow;
            var lines = new List<string[]> { new[] { "HASH", "USER", "ROLES", "OFFICE", "ISSUED (UTC)", "EXPIRES (UTC)", "STATE" } };
            foreach (var row in rows.Where(r => only is null || r.UserId == only))
            {
                var state = row.StateAt(now);
                if (row.Revocation is { } revocation)
                {
                    state += $" {revocation.At:yyyy-MM-dd HH:mm} by {revocation.By}: {revocation.Reason}";
                }

                lines.Add([row.HashPrefix, row.UserId, string.Join(',', row.Roles), row.Jurisdiction, Time(row.IssuedAt), Time(row.ExpiresAt), state]);
            }

            var widths = Enumerable.Range(0, lines[0].Length - 1).Select(c => lines.Max(l => l[c].Length)).ToArray();
            foreach (var line in lines)
            {
                Console.WriteLine(string.Join("  ", line.Select((cell, c) => c < widths.Length ? cell.PadRight(widths[c]) : cell)));
            }

            Console.WriteLine($"{lines.Count - 1} token(s) in {registry.FilePath}.");
            return 0;
        });
        return list;
    }

    private static Option<DirectoryInfo> KeysOption() => new("--keys")
    {
        Description = "The server's keys folder (the one holding signing.key and tokens.db; `clues serve` uses <data>-keys).",
        Required = true,
    };

    /// <summary>
    /// The registry in <paramref name="keys"/>. When there is none (a usage error, exit 2) it is not created empty;
    /// when it cannot be read the failure exits 1. Either way the reason is written first.
    /// </summary>
    private static bool TryOpenExisting(DirectoryInfo keys, [NotNullWhen(true)] out TokenRegistry? registry, out int exitCode)
    {
        registry = null;
        var path = Path.Combine(keys.FullName, TokenRegistry.FileName);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"--keys: no token registry ({TokenRegistry.FileName}) in {keys.FullName}; give the folder holding the server's signing.key.");
            exitCode = 2;
            return false;
        }

        try
        {
            registry = TokenRegistry.Open(path);
            exitCode = 0;
            return true;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            exitCode = 1;
            return false;
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
