using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clues.Cli.Hosting;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Sealing;
using Clues.Handover.Packaging;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.Packages.Keys;
using Clues.Packages.Letters;

namespace Clues.Cli.Commands;

/// <summary>
/// <c>clues package export</c>: issues one signed handover package for approved items of one recipient and records
/// them as handed over. The command acts as a HandoverOfficer of <c>--office</c> named by <c>--actor</c>; whoever can
/// run it on the data directory is trusted as that officer (the data directory's file permissions are the gate, as
/// for every verb that opens the store directly), and the name is recorded in the workflow history and the manifest.
/// </summary>
internal static class PackageExportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The issuing office's data directory (graph.db, handover.db)." };
        var handover = new Option<string[]>("--handover")
        {
            Description = "An APPROVED handover item id; repeat for more items (all for one recipient).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo?>("--out") { Description = "The package file to write, e.g. 江临巡移2026-12.zip; must not exist." };
        var key = new Option<FileInfo?>("--key") { Description = "The office's private signing key (office.key from `clues keys init`)." };
        var actor = new Option<string?>("--actor") { Description = "User id of the handover officer issuing the package (recorded in the history and manifest)." };
        var actorName = new Option<string?>("--actor-name") { Description = "The officer's display name (defaults to the user id)." };
        var office = new Option<string?>("--office") { Description = "The issuing office's 6-digit division code, e.g. 431400." };
        var officeName = new Option<string?>("--office-name") { Description = "The office's name on the letter (default: 中共<jurisdiction>委巡察工作领导小组办公室 from the store)." };
        var prefix = new Option<string?>("--prefix") { Description = "Package number prefix, e.g. 江临 (default: the jurisdiction's name without 市/县/区)." };
        var template = new Option<string?>("--number-template") { Description = "Package number template with {prefix}, {year} and {seq} (default {prefix}巡移〔{year}〕{seq}号)." };
        var depth = new Option<int>("--context-depth") { Description = "Hops of context around each subject, 1 to 3.", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--context-limit") { Description = "At most this many context nodes per subject.", DefaultValueFactory = _ => 60 };
        var release = new Option<bool>("--release-reporters") { Description = "Put sealed reporter identities in (only for the discipline commission or the higher inspection office); needs --custodian and --reason." };
        var custodian = new Option<string?>("--custodian") { Description = "User id of the office staff member (custodian of identities) who approved the release." };
        var reason = new Option<string?>("--reason") { Description = "Why the identities are released; written to the sealed store's access log." };
        var sealingKey = new Option<FileInfo?>("--sealing-key") { Description = "The reporter sealing key (default: <data>-keys/sealing.key, where `clues serve` keeps it)." };
        var json = CommonOptions.Json();

        var command = new Command(
            "export",
            "Issue a signed handover package (移交包) for APPROVED items of one recipient: clues.json, context.json/.graphml, letter.pdf (移交函), register.csv, signed manifest; then record the items as HANDED_OVER. Exit 0: issued; 1: refused (the reason is printed); 2: usage error.")
        {
            data, handover, output, key, actor, actorName, office, officeName, prefix, template, depth, limit, release, custodian, reason, sealingKey, json,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (PackageCommand.UsageError(parse))
            {
                return 2;
            }

            var dir = parse.GetValue(data);
            var ids = (parse.GetValue(handover) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var zip = parse.GetValue(output);
            var keyFile = parse.GetValue(key);
            var user = parse.GetValue(actor);
            var problems = new List<string>();
            if (dir is null)
            {
                problems.Add("--data: give the data directory, e.g. --data ./data.");
            }
            else if (!File.Exists(Path.Combine(dir.FullName, "graph.db")))
            {
                problems.Add($"--data: no store at {dir.FullName} (graph.db is missing).");
            }

            if (ids.Count == 0)
            {
                problems.Add("--handover: name at least one APPROVED handover item, e.g. --handover HO-0193… (repeat for more).");
            }

            if (zip is null)
            {
                problems.Add("--out: give the package file to write, e.g. --out 江临巡移2026-12.zip.");
            }
            else if (zip.Exists)
            {
                problems.Add($"--out: {zip.FullName} exists already; an issued package is never overwritten, choose a new name.");
            }

            if (keyFile is null)
            {
                problems.Add("--key: give the office's private key, e.g. --key office-keys/office.key (create it with `clues keys init`).");
            }

            if (string.IsNullOrWhiteSpace(user))
            {
                problems.Add("--actor: give the user id of the handover officer issuing the package.");
            }

            DivisionCode? officeCode = null;
            if (!DivisionCode.TryParse(parse.GetValue(office), out var parsedOffice, out var officeError))
            {
                problems.Add(parse.GetValue(office) is null ? "--office: give the issuing office's division code, e.g. 431400." : $"--office: {officeError}");
            }
            else
            {
                officeCode = parsedOffice;
            }

            var releasing = parse.GetValue(release);
            if (releasing && (string.IsNullOrWhiteSpace(parse.GetValue(custodian)) || string.IsNullOrWhiteSpace(parse.GetValue(reason))))
            {
                problems.Add("--release-reporters needs --custodian USER (the office staff member who approved) and --reason TEXT.");
            }

            if (!releasing && (parse.GetValue(custodian) is not null || parse.GetValue(reason) is not null))
            {
                problems.Add("--custodian and --reason only apply with --release-reporters; identities stay sealed without it.");
            }

            if (parse.GetValue(depth) is < 1 or > NeighborhoodQuery.MaxDepth)
            {
                problems.Add($"--context-depth: {parse.GetValue(depth)} is outside 1 to {NeighborhoodQuery.MaxDepth}.");
            }

            if (parse.GetValue(limit) < 1)
            {
                problems.Add($"--context-limit: {parse.GetValue(limit)} must be at least 1.");
            }

            var sealingPath = parse.GetValue(sealingKey)?.FullName ?? (dir is null ? null : Path.Combine(Path.GetDirectoryName(dir.FullName.TrimEnd(Path.DirectorySeparatorChar))!, dir.Name + "-keys", "sealing.key"));
            if (releasing && sealingPath is not null && !File.Exists(sealingPath))
            {
                problems.Add($"--sealing-key: no sealing key at {sealingPath}; point it at the key `clues serve` uses for this data directory.");
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem);
                }

                return 2;
            }

            OfficeSigningKey signingKey;
            try
            {
                signingKey = await OfficeSigningKey.LoadAsync(keyFile!.FullName, cancellationToken);
            }
            catch (OfficeKeyException e)
            {
                Console.Error.WriteLine($"--key: {e.Message}");
                return 2;
            }

            using (signingKey)
            {
                return await ExportAsync(new ExportRequest(
                    dir!, ids, zip!, signingKey, user!, parse.GetValue(actorName), officeCode!, parse.GetValue(officeName), parse.GetValue(prefix), parse.GetValue(template),
                    parse.GetValue(depth), parse.GetValue(limit), releasing ? parse.GetValue(custodian) : null, parse.GetValue(reason), sealingPath, parse.GetValue(json)), cancellationToken);
            }
        });
        return command;
    }

    private static async Task<int> ExportAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var progress = new PhaseProgress(Console.Error);
        await using var store = await StoreOpener.OpenAsync(request.Data, progress, cancellationToken);
        var jurisdiction = await FindJurisdictionAsync(store, request.Office, cancellationToken);
        var baseName = jurisdiction?.Name ?? request.Office.Value;
        var options = new HandoverPackageOptions(
            request.Office.Value,
            request.OfficeName ?? $"中共{baseName}委巡察工作领导小组办公室",
            request.Prefix ?? ShortName(baseName))
        {
            ContextDepth = request.ContextDepth,
            ContextLimit = request.ContextLimit,
        };
        if (request.NumberTemplate is not null)
        {
            options = options with { NumberTemplate = request.NumberTemplate };
        }

        var workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(request.Data.FullName), new HandoverRouter(HandoverRuleTable.BuiltIn()), TimeProvider.System, cancellationToken);
        var level = LevelOf(request.Office);
        var actor = new Principal(request.Actor, request.ActorName ?? request.Actor, new HashSet<Role> { Role.HandoverOfficer }, request.Office, level);

        // Every clue that leaves is written to the deployment's audit log, as the API does for every clue it serves.
        var audit = SqliteAuditLog.Open(Path.Combine(request.Data.FullName, "audit.db"), AccessPolicy.Default);
        SqliteSealedReporterStore? sealedStore = null;
        SealingKey? sealing = null;
        try
        {
            ReporterRelease? release = null;
            if (request.Custodian is not null)
            {
                try
                {
                    sealing = SealingKey.Load(request.SealingKeyPath!);
                }
                catch (InvalidOperationException e)
                {
                    Console.Error.WriteLine($"--sealing-key: {e.Message}");
                    return 2;
                }

                sealedStore = SqliteSealedReporterStore.Open(Path.Combine(request.Data.FullName, "sealed.db"), sealing, audit, AccessPolicy.Default);
                var custodian = new Principal(request.Custodian, request.Custodian, new HashSet<Role> { Role.OfficeStaff }, request.Office, level);
                release = new ReporterRelease(custodian, request.Reason!);
            }

            HandoverPackageExporter exporter;
            try
            {
                exporter = new HandoverPackageExporter(store, workflow, sealedStore, options, request.Data.FullName, TimeProvider.System, audit);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var result = await exporter.ExportAsync(actor, request.Items, request.Key, request.Output.FullName, release,
                new InlineProgress<HandoverPackageProgress>(p => progress.Report(p.Phase, p.Done, p.Total)), cancellationToken);
            if (request.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
            }
            else
            {
                Console.WriteLine($"Issued {result.Number} to {result.Recipient}: {result.Clues} clue(s) ({result.Stubs} stub(s)), context {result.ContextNodes} nodes / {result.ContextRelationships} relationships, {result.ReporterIdentities} reporter identit{(result.ReporterIdentities == 1 ? "y" : "ies")}.");
                Console.WriteLine($"{result.Path} ({result.Bytes:N0} bytes), package id {result.PackageId}; the items are now HANDED_OVER.");
                Console.WriteLine($"The recipient checks it with: clues package verify \"{result.Path}\" --key office.pub");
            }

            return 0;
        }
        catch (Exception e) when (e is HandoverRefusedException or HandoverItemNotFoundException or AccessDeniedException or RoutingException or CjkFontNotFoundException or IOException)
        {
            Console.Error.WriteLine($"REFUSED: {e.Message}");
            return 1;
        }
        catch (SealedStoreKeyException e)
        {
            Console.Error.WriteLine($"--sealing-key: {e.Message}");
            return 2;
        }
        finally
        {
            sealedStore?.Dispose();
            await audit.DisposeAsync();

            sealing?.Dispose();
        }
    }

    private static async Task<Jurisdiction?> FindJurisdictionAsync(IGraphStore store, DivisionCode code, CancellationToken cancellationToken)
    {
        await foreach (var node in store.ScanNodesAsync(NodeLabel.Jurisdiction, null, cancellationToken))
        {
            if (await store.GetNodeAsync(node.Id, cancellationToken) is { } record && NodeMapper.FromRecord<Jurisdiction>(record) is { } jurisdiction && jurisdiction.Code == code)
            {
                return jurisdiction;
            }
        }

        return null;
    }

    /// <summary>江临市 → 江临, 青山县 → 青山: the customary short form in document numbers.</summary>
    internal static string ShortName(string name) =>
        name.Length > 2 && name[^1] is '市' or '县' or '区' or '省' ? name[..^1] : name;

    internal static JurisdictionLevel LevelOf(DivisionCode code) =>
        code.IsProvince ? JurisdictionLevel.Province : code.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;

    private sealed record ExportRequest(
        DirectoryInfo Data,
        IReadOnlyList<string> Items,
        FileInfo Output,
        OfficeSigningKey Key,
        string Actor,
        string? ActorName,
        DivisionCode Office,
        string? OfficeName,
        string? Prefix,
        string? NumberTemplate,
        int ContextDepth,
        int ContextLimit,
        string? Custodian,
        string? Reason,
        string? SealingKeyPath,
        bool Json);
}
