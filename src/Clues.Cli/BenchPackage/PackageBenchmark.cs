using System.Diagnostics;
using Clues.Cli.Commands;
using Clues.Cli.Hosting;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.Audit;
using Clues.Handover.Drafting;
using Clues.Handover.Packaging;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Clues.Seed;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.BenchPackage;

/// <summary>
/// Seeds a temporary store, drafts the first N clues (in id order) that route cleanly through the handover workflow
/// as group members of each clue's finding office, has them filed by office staff and approved by the leading
/// group, then times exporting all of them: one package per finding office and recipient, each with its context,
/// letter and register, signed, and the items handed over. The packages are verified afterwards (not timed).
/// </summary>
internal static class PackageBenchmark
{
    public static async Task<PackageBenchReport> RunAsync(PackageBenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "clues-bench-package-" + Guid.NewGuid().ToString("N"));
        var progress = new PhaseProgress(log);
        try
        {
            var setup = Stopwatch.StartNew();
            await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(directory) { SynchronousFull = false }, null, cancellationToken);
            await SeedGenerator.RunAsync(store, new SeedOptions(options.Preset, options.Seed), new InlineProgress<SeedProgress>(p => progress.Report("seed " + p.Phase, p.Done, p.Total)), cancellationToken);
            var workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(directory), new HandoverRouter(HandoverRuleTable.BuiltIn()), TimeProvider.System, cancellationToken);
            var items = await DraftAsync(store, workflow, options.Clues, progress, cancellationToken);
            await ApproveAsync(workflow, items, progress, cancellationToken);
            setup.Stop();

            using var key = OfficeSigningKey.Create();
            await using var audit = SqliteAuditLog.Open(Path.Combine(directory, "audit.db"), AccessPolicy.Default);
            var names = await JurisdictionNamesAsync(store, cancellationToken);
            var exporters = new Dictionary<string, HandoverPackageExporter>(StringComparer.Ordinal);
            var groups = items
                .GroupBy(i => (Office: i.FoundBy.Jurisdiction.Value, i.Recipient))
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key.Office, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Recipient.ToString(), StringComparer.Ordinal)
                .ToList();
            var packages = Path.Combine(directory, "packages-out");
            Directory.CreateDirectory(packages);

            var phases = new Dictionary<string, double>(StringComparer.Ordinal);
            var phaseCpu = new Dictionary<string, double>(StringComparer.Ordinal);
            var results = new List<(HandoverPackageResult Result, double Seconds)>();
            log.WriteLine($"Exporting {items.Count:N0} items as {groups.Count} packages (timed)…");
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            foreach (var group in groups)
            {
                var office = group.Key.Office;
                if (!exporters.TryGetValue(office, out var exporter))
                {
                    var name = names.GetValueOrDefault(office, office);
                    exporter = new HandoverPackageExporter(store, workflow, null, new HandoverPackageOptions(office, $"中共{name}委巡察工作领导小组办公室", PackageExportCommand.ShortName(name)) { ContextLimit = options.ContextLimit }, directory, TimeProvider.System, audit);
                    exporters[office] = exporter;
                }

                var timer = new PhaseTimer(phases, phaseCpu);
                var started = Stopwatch.GetTimestamp();
                var result = await exporter.ExportAsync(Actor(office, Role.HandoverOfficer), group.Select(i => i.Id).ToList(), key, Path.Combine(packages, $"{results.Count + 1:D3}.zip"), null, timer, cancellationToken);
                timer.Close();
                results.Add((result, Stopwatch.GetElapsedTime(started).TotalSeconds));
            }

            total.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var verified = await VerifyAllAsync(key, results.Select(r => r.Result.Path), cancellationToken);
            var largest = results.OrderByDescending(r => r.Result.Clues).First();
            return new PackageBenchReport(
                options.Preset.ToString().ToLowerInvariant(),
                items.Select(i => i.ClueId).Distinct(StringComparer.Ordinal).Count(),
                items.Count,
                items.Count(i => i.StubOnly),
                results.Count,
                total.Elapsed.TotalSeconds,
                cpu,
                phases,
                phaseCpu,
                results.Sum(r => r.Result.Bytes),
                results.Sum(r => r.Result.ContextNodes),
                results.Sum(r => r.Result.ContextRelationships),
                new PackageBenchLargest(largest.Result.Recipient, largest.Result.Clues, largest.Seconds, largest.Result.Bytes),
                setup.Elapsed.TotalSeconds,
                verified,
                options.KeepDirectory ? directory : null);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!options.KeepDirectory && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task<List<HandoverItem>> DraftAsync(IGraphStore store, HandoverWorkflow workflow, int wanted, PhaseProgress progress, CancellationToken cancellationToken)
    {
        var reader = new ClueFactsReader(store);
        var drafter = new ClueHandoverDrafter(reader, workflow);
        var today = workflow.Today;
        var items = new List<HandoverItem>();
        var clues = 0;
        var skipped = 0;
        await foreach (var clue in store.ScanNodesAsync(NodeLabel.Clue, null, cancellationToken))
        {
            if (clues == wanted)
            {
                break;
            }

            try
            {
                var facts = await reader.ReadAsync(clue.Id, cancellationToken);
                if (facts.Clue.Problems.Count == 0 || facts.Round.End >= today)
                {
                    // Unclassified clues cannot be routed, and a running round's stubs could not be exported yet.
                    skipped++;
                    continue;
                }

                items.AddRange(await drafter.DraftAsync(Actor(facts.FoundBy.Jurisdiction.Value, Role.GroupMember), clue.Id, new HashSet<RoutingFlag>(), cancellationToken));
                clues++;
                progress.Report("draft", clues, wanted);
            }
            catch (Exception e) when (e is RoutingException or HandoverRefusedException)
            {
                skipped++;
            }
        }

        if (clues < wanted)
        {
            throw new InvalidOperationException($"The store holds only {clues} clues that route cleanly ({skipped} skipped); ask for fewer with --clues or use --preset city.");
        }

        return items;
    }

    private static async Task ApproveAsync(HandoverWorkflow workflow, IReadOnlyList<HandoverItem> items, PhaseProgress progress, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var item in items)
        {
            var office = item.FoundBy.Jurisdiction.Value;
            await workflow.TransitionAsync(Actor(office, Role.GroupMember), item.Id, new HandoverTransitionRequest(HandoverState.Proposed), cancellationToken);
            await workflow.TransitionAsync(Actor(office, Role.OfficeStaff), item.Id, new HandoverTransitionRequest(HandoverState.Filed), cancellationToken);
            await workflow.TransitionAsync(Actor(office, Role.LeadingGroup), item.Id, new HandoverTransitionRequest(HandoverState.Approved), cancellationToken);
            progress.Report("propose, file, approve", ++done, items.Count);
        }
    }

    private static async Task<bool> VerifyAllAsync(OfficeSigningKey key, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        using var publicKey = key.PublicKey();
        var verifier = new PackageVerifier();
        foreach (var path in paths)
        {
            using var verdict = await verifier.VerifyFileAsync(path, publicKey, cancellationToken);
            if (!verdict.IsValid)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<Dictionary<string, string>> JurisdictionNamesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var node in store.ScanNodesAsync(NodeLabel.Jurisdiction, null, cancellationToken))
        {
            if (await store.GetNodeAsync(node.Id, cancellationToken) is { } record)
            {
                var jurisdiction = NodeMapper.FromRecord<Jurisdiction>(record);
                names[jurisdiction.Code.Value] = jurisdiction.Name;
            }
        }

        return names;
    }

    private static Principal Actor(string office, Role role)
    {
        var code = DivisionCode.Parse(office);
        var id = $"bench-{role.ToString().ToLowerInvariant()}@{office}";
        return new Principal(id, id, new HashSet<Role> { role }, code, PackageExportCommand.LevelOf(code));
    }
}
