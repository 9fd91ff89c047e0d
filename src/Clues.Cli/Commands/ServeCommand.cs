using System.CommandLine;
using Clues.Api.Hosting;
using Clues.Api.Security;
using Clues.Cli.Hosting;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded.Sealing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clues.Cli.Commands;

/// <summary><c>clues serve</c>: runs the Clues API (GraphQL over HTTP with the GraphiQL playground) on a store.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var data = CommonOptions.Data();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. {DefaultUrls} (several separated by ';'). Loopback by default: the data is sensitive.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var playgroundOption = new Option<bool>("--playground")
        {
            Description = "Turn on GraphiQL and schema introspection for a local analyst. Off by default, as everywhere outside "
                + "Development: the schema tells a caller what there is to ask for.",
        };
        var keys = new Option<DirectoryInfo?>("--keys")
        {
            Description = "Folder with the token signing key and the reporter sealing key; new keys are created there, readable by you only, when missing. "
                + "Default: a folder named after the data folder plus '-keys', beside it, so keys never travel with the data they protect.",
        };
        var analystJurisdiction = new Option<string>("--analyst-jurisdiction")
        {
            Description = "Division code of the office for the analyst token printed at start (the demo data's city is 431400).",
            DefaultValueFactory = _ => "431400",
        };
        var command = new Command("serve", "Run the Clues API: GraphQL over HTTP, the GraphiQL playground and the graph explorer, seeding an empty store with demo data.")
        {
            data, urls, playgroundOption, keys, analystJurisdiction,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dir = parse.GetValue(data)!;
            var playground = parse.GetValue(playgroundOption);
            if (!DivisionCode.TryParse(parse.GetValue(analystJurisdiction), out var office, out var officeError))
            {
                await Console.Error.WriteLineAsync($"--analyst-jurisdiction: {officeError}");
                return 2;
            }

            // A web server runs with server GC (see ServerGcRelaunch); the child serves, this process waits for it.
            if (await ServerGcRelaunch.RunAgainAsync(
                    announce: null,
                    "Could not start the server with server GC; serving with workstation GC (lower throughput).",
                    cancellationToken) is { } exitCode)
            {
                return exitCode;
            }

            // Authentication stays on (this runs as Production): a local run gets its own keys and a token.
            var keyDir = parse.GetValue(keys) ?? new DirectoryInfo(Path.TrimEndingDirectorySeparator(dir.FullName) + "-keys");
            var (signingKey, sealingKey) = EnsureKeys(keyDir);
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                // appsettings.json and schema/ are copied next to the CLI from Clues.Api.
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Clues:DataDirectory"] = dir.FullName,
                ["Clues:GraphQL:EnableIntrospection"] = playground ? "true" : "false",
                ["Clues:GraphQL:EnableGraphiQL"] = playground ? "true" : "false",
                ["Clues:Security:SigningKeyFile"] = signingKey,
                ["Clues:Security:SealingKeyFile"] = sealingKey,
            });
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.Services.AddClues(builder.Configuration);

            await using var app = builder.Build();
            app.MapClues();
            await app.StartAsync(cancellationToken);

            var path = app.Services.GetRequiredService<IOptions<CluesOptions>>().Value.GraphQLPath;
            foreach (var address in app.Urls)
            {
                var endpoint = address.TrimEnd('/') + path;
                Console.WriteLine($"GraphQL endpoint: {endpoint}");
                Console.WriteLine(playground ? $"GraphiQL playground: {endpoint} (open it in a browser)" : "GraphiQL and introspection are off; start with --playground to turn them on.");
            }

            var analyst = new Principal("local-analyst", "本地分析员", new HashSet<Role> { Role.Analyst }, office, office.IsProvince ? JurisdictionLevel.Province : office.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County);
            // Issued by the server's own issuer, so it is recorded in the registry this server reads (<keys>/tokens.db).
            var token = app.Services.GetRequiredService<TokenIssuer>().Issue(analyst, TimeSpan.FromDays(7));
            Console.WriteLine($"Analyst token (7 days, office {office}); send it as the header  Authorization: Bearer {token}");
            var registry = app.Services.GetRequiredService<TokenRegistry>().FilePath;
            Console.WriteLine($"Tokens are recorded in {registry}; revoke with: clues token revoke --keys {Path.GetDirectoryName(registry)} --user USER --reason WHY");
            Console.WriteLine("Press Ctrl+C to stop.");
            using var orphaned = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var parentGone = ServerGcRelaunch.WaitForParentExitAsync(orphaned.Token);
            var shutdown = app.WaitForShutdownAsync(orphaned.Token);
            if (await Task.WhenAny(parentGone, shutdown) == parentGone && parentGone.IsCompletedSuccessfully)
            {
                await Console.Error.WriteLineAsync("The process that started this server has exited; stopping.");
            }

            await orphaned.CancelAsync();
            try
            {
                await Task.WhenAll(parentGone, shutdown);
            }
            catch (OperationCanceledException)
            {
                // Either side ended the other: the app stops below when disposed.
            }

            return 0;
        });
        return command;
    }

    private static (string SigningKey, string SealingKey) EnsureKeys(DirectoryInfo keyDir)
    {
        if (!keyDir.Exists)
        {
            if (OperatingSystem.IsWindows())
            {
                keyDir.Create();
            }
            else
            {
                Directory.CreateDirectory(keyDir.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var signing = Path.Combine(keyDir.FullName, "signing.key");
        var sealing = Path.Combine(keyDir.FullName, "sealing.key");
        if (!File.Exists(signing))
        {
            TokenIssuer.CreateKeyFile(signing);
            Console.WriteLine($"Created a new token signing key: {signing}");
        }

        if (!File.Exists(sealing))
        {
            SealingKey.CreateFile(sealing).Dispose();
            Console.WriteLine($"Created a new reporter sealing key: {sealing} (back it up: sealed reporter identities cannot be read without it)");
        }

        return (signing, sealing);
    }
}
