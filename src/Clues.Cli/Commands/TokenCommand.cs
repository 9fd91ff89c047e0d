using System.CommandLine;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Cli.Commands;

/// <summary><c>clues token issue</c>: signs a bearer token for one user with the deployment's signing key.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var signingKey = new Option<FileInfo>("--signing-key")
        {
            Description = "The signing key file the server uses (Clues:Security:SigningKeyFile; `clues serve` keeps it in <data>-keys/signing.key).",
            Required = true,
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

        var issue = new Command("issue", "Issue a bearer token; it is printed on standard output.") { signingKey, user, name, roles, jurisdiction, days };
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

            var level = office.IsProvince ? JurisdictionLevel.Province : office.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;
            var userId = parse.GetValue(user)!;
            var principal = new Principal(userId, parse.GetValue(name) ?? userId, roleSet, office, level);
            Console.WriteLine(TokenIssuer.FromKeyFile(keyFile.FullName).Issue(principal, TimeSpan.FromDays(lifetime)));
            return 0;
        });

        return new Command("token", "Bearer tokens for the API.") { issue };
    }
}
