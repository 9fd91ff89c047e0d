using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clues.Cli.Hosting;
using Clues.Core.Graph;
using Clues.Sharing.Exchange;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues exchange export|import</c>: city-county sharing (市县联动) by signed exchange packages between deployments,
/// with entity resolution and provenance on the receiving side.
/// </summary>
internal static class ExchangeCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create() => new("exchange", "Exchange packages between a city and its counties: clue lists about cadres the other level manages, and problem lists.")
    {
        Export(),
        Import(),
    };

    private static Command Export()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The sending deployment's data directory." };
        var office = new Option<string?>("--office") { Description = "This office's division code, e.g. 431421 (青山县) or 431400 (江临市)." };
        var to = new Option<string?>("--to") { Description = "The receiving office's division code: the city above this county, or one of this city's counties." };
        var key = new Option<FileInfo?>("--key") { Description = "This office's private key (office.key from `clues keys init`)." };
        var output = new Option<FileInfo?>("--out") { Description = "The package file to write, e.g. exchange.zip." };
        var since = new Option<string?>("--since") { Description = "Only clues received on or after this day (YYYY-MM-DD)." };
        var json = CommonOptions.Json();
        var command = new Command(
            "export",
            "Write a signed exchange package for the other level. County → city: clues about city-managed cadres (province-managed ones as stubs) and problem lists. City → county: clues from elevated rounds about the county's county-managed cadres. Reporter identity never travels. Exit 0: written; 2: usage or data error.")
        {
            data, office, to, key, output, since, json,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (PackageCommand.UsageError(parse))
            {
                return 2;
            }

            var missing = Missing(("--data", parse.GetValue(data)), ("--office", parse.GetValue(office)), ("--to", parse.GetValue(to)), ("--key", parse.GetValue(key)), ("--out", parse.GetValue(output)));
            if (missing is not null)
            {
                Console.Error.WriteLine($"{missing}: required. Example: clues exchange export --data ./county --office 431421 --to 431400 --key ./keys/office.key --out exchange.zip");
                return 2;
            }

            DateOnly? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    Console.Error.WriteLine($"--since: '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01.");
                    return 2;
                }

                from = day;
            }

            var dir = parse.GetValue(data)!;
            if (!HasStore(dir))
            {
                return 2;
            }

            try
            {
                await using var store = await StoreOpener.OpenAsync(dir, new PhaseProgress(Console.Error), cancellationToken);
                var options = new ExchangeExportOptions(parse.GetValue(office)!, parse.GetValue(to)!, parse.GetValue(key)!.FullName, parse.GetValue(output)!.FullName, from);
                var result = await new ExchangeExporter(store, dir.FullName).ExportAsync(options, cancellationToken);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, Json));
                    return 0;
                }

                Console.WriteLine($"WROTE {result.Number} ({result.Direction}) from {result.From} to {result.To}: {result.Path}");
                Console.WriteLine($"{result.Clues} clue(s) ({result.Stubs} stub(s)), {result.Persons} person(s), {result.Companies} company(ies), {result.Units} unit(s), {result.Rounds} round(s), {result.ProblemLists} problem list(s)");
                Console.WriteLine($"package {result.PackageId}, signed by key {result.KeyId[..16]}…");
                return 0;
            }
            catch (Exception e) when (e is ExchangeException or GraphStoreException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "The exchange package .zip received.", Arity = ArgumentArity.ZeroOrOne };
        var data = new Option<DirectoryInfo?>("--data") { Description = "This deployment's data directory; provenance goes to <data>/exchange.db, REVIEW pairs to <data>/exchange-review.db." };
        var key = new Option<FileInfo?>("--key") { Description = "The sending office's public key (its office.pub; check the fingerprint with the sender)." };
        var office = new Option<string?>("--office") { Description = "This office's division code; a package addressed to another office is refused." };
        var json = CommonOptions.Json();
        var command = new Command(
            "import",
            "Verify an exchange package and take it in: persons and companies are linked to local ones by entity resolution (never duplicated, local facts never overwritten; differences are recorded as conflicts), doubtful pairs go to the review queue, provenance is recorded. Exit 0: imported, or already imported (nothing changed); 1: refused (nothing changed); 2: usage error.")
        {
            file, data, key, office, json,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (PackageCommand.UsageError(parse))
            {
                return 2;
            }

            var zip = parse.GetValue(file);
            var dir = parse.GetValue(data);
            if (zip is null || dir is null)
            {
                Console.Error.WriteLine($"{(zip is null ? "FILE" : "--data")}: required. Example: clues exchange import exchange.zip --data ./city --key ./county-keys/office.pub");
                return 2;
            }

            if (!zip.Exists)
            {
                Console.Error.WriteLine($"FILE: no file at {zip.FullName}.");
                return 2;
            }

            if (!HasStore(dir))
            {
                return 2;
            }

            using var publicKey = await PackageCommand.LoadKeyAsync(parse.GetValue(key), cancellationToken);
            if (publicKey is null)
            {
                return 2;
            }

            try
            {
                await using var store = await StoreOpener.OpenAsync(dir, new PhaseProgress(Console.Error), cancellationToken);
                var result = await new ExchangeImporter(store, dir.FullName).ImportAsync(zip.FullName, publicKey, parse.GetValue(office), cancellationToken);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, Json));
                    return 0;
                }

                if (result.Status == ExchangeImportStatus.AlreadyImported)
                {
                    Console.WriteLine($"ALREADY IMPORTED {result.Number} from {result.FromName} (package {result.PackageId}); nothing changed.");
                    return 0;
                }

                Console.WriteLine($"IMPORTED {result.Number} from {result.FromName} ({result.FromCode}), {result.Direction}");
                Console.WriteLine($"{result.Clues} clue(s), {result.ProblemLists} problem list(s); entities: {result.Linked} linked to local ones, {result.Created} created, {result.Review} created for review, {result.Known} known from earlier packages; {result.Conflicts} conflict(s) recorded, local facts kept");
                Console.WriteLine($"wrote {result.NodesWritten} node(s) and {result.RelationshipsWritten} relationship(s); provenance in {Path.Combine(dir.FullName, "exchange.db")}");
                return 0;
            }
            catch (ExchangeRefusedException e)
            {
                Console.Error.WriteLine($"REFUSED ({e.Problem}): {e.Message}");
                return 1;
            }
            catch (Exception e) when (e is ExchangeException or GraphStoreException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static string? Missing(params (string Name, object? Value)[] options) =>
        options.FirstOrDefault(o => o.Value is null or "").Name;

    private static bool HasStore(DirectoryInfo dir)
    {
        if (File.Exists(Path.Combine(dir.FullName, "graph.db")))
        {
            return true;
        }

        Console.Error.WriteLine($"--data: no store at '{dir.FullName}'. Create one with: clues seed --preset demo --data {dir.FullName}");
        return false;
    }
}
