using System.Security.Cryptography;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Core.Sealing;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Sealing;
using Clues.Handover.Packaging;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.Packages.Keys;
using Clues.Seed;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>
/// The demo preset in a real embedded store with every routable clue approved for handover in a real handover.db,
/// a sealed reporter identity for every clue flagged as having one, and the office's key pair. Tests take items
/// from the pool so that no two tests export the same item.
/// </summary>
public sealed class DemoHandoverFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly List<HandoverItem> _pool = [];
    private SealingKey? _sealingKey;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "clues-handover-packages-" + Guid.NewGuid().ToString("N"));

    public EmbeddedGraphStore Store { get; private set; } = null!;

    public HandoverWorkflow Workflow { get; private set; } = null!;

    public SqliteAuditLog Audit { get; private set; } = null!;

    public SqliteSealedReporterStore Sealed { get; private set; } = null!;

    public OfficeSigningKey Key { get; } = OfficeSigningKey.Create();

    /// <summary>The reporter sealed for each clue that has one.</summary>
    public Dictionary<string, ReporterIdentity> Reporters { get; } = new(StringComparer.Ordinal);

    /// <summary>For each item whose subject has another clue in the store: one such other clue.</summary>
    public Dictionary<string, string> OtherClues { get; } = new(StringComparer.Ordinal);

    /// <summary>A clue about a province-managed cadre found by a finished city round: it travels as a stub only.</summary>
    public string StubClueId { get; private set; } = "";

    public string Output(string name) => Path.Combine(Folder, "out", name);

    public HandoverPackageExporter Exporter(string office = DemoHandover.City) =>
        new(Store, Workflow, Sealed, new HandoverPackageOptions(office, "中共江临市委巡察工作领导小组办公室", "江临"), Folder, TimeProvider.System, Audit);

    /// <summary>Takes approved items of one office, route and recipient that match, each handed out once.</summary>
    public List<HandoverItem> Take(int count, HandoverRoute route = HandoverRoute.DisciplineCommission, string office = DemoHandover.City, Func<HandoverItem, bool>? where = null)
    {
        lock (_gate)
        {
            var matching = _pool.Where(i => i.Recipient.Route == route && i.FoundBy.Jurisdiction.Value == office && (where?.Invoke(i) ?? true)).ToList();
            // From the recipient with the most items left, so small recipients never starve a test.
            var taken = matching.GroupBy(i => i.Recipient).OrderByDescending(g => g.Count()).FirstOrDefault()?.Take(count).ToList() ?? [];
            Assert.True(taken.Count == count, $"The demo store has only {taken.Count} approved items left for {route} from {office}; the tests need {count}.");
            _pool.RemoveAll(taken.Contains);
            return taken;
        }
    }

    /// <summary>Takes one approved city item for each of two different discipline commissions (city and a county).</summary>
    public List<HandoverItem> TakeForTwoRecipients()
    {
        lock (_gate)
        {
            var taken = _pool.Where(i => i.FoundBy.Jurisdiction.Value == DemoHandover.City && i.Recipient.Route == HandoverRoute.DisciplineCommission).DistinctBy(i => i.Recipient).Take(2).ToList();
            Assert.True(taken.Count == 2, "The demo store has approved city items for fewer than two discipline commissions; the test needs two.");
            _pool.RemoveAll(taken.Contains);
            return taken;
        }
    }

    /// <summary>How many approved items of the city office are left for a route.</summary>
    public int Available(HandoverRoute route)
    {
        lock (_gate)
        {
            return _pool.Count(i => i.Recipient.Route == route && i.FoundBy.Jurisdiction.Value == DemoHandover.City);
        }
    }

    public async Task InitializeAsync()
    {
        Store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(Folder) { SynchronousFull = false });
        await SeedGenerator.RunAsync(Store, new SeedOptions(SeedPreset.Demo));
        Workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(Folder), new HandoverRouter(HandoverRuleTable.BuiltIn()), TimeProvider.System, CancellationToken.None);
        StubClueId = await AddProvinceCadreClueAsync();
        _pool.AddRange(await DemoHandover.ApproveAllAsync(Store, Workflow));

        _sealingKey = SealingKey.FromBytes(RandomNumberGenerator.GetBytes(SealingKey.Length));
        Audit = SqliteAuditLog.Open(Path.Combine(Folder, "audit.db"), AccessPolicy.Default);
        Sealed = SqliteSealedReporterStore.Open(Path.Combine(Folder, "sealed.db"), _sealingKey, Audit, AccessPolicy.Default);
        var n = 0;
        foreach (var item in _pool.DistinctBy(i => i.ClueId))
        {
            var clue = NodeMapper.FromRecord<Clue>((await Store.GetNodeAsync(item.ClueId))!);
            if (clue.HasSealedReporter)
            {
                var reporter = new ReporterIdentity($"举报人甲{++n:D3}", $"1390731{n:D4}", null, "不愿公开身份");
                Reporters[clue.Id] = reporter;
                await Sealed.PutAsync(clue.Id, item.FoundBy.Jurisdiction, reporter, DemoHandover.Actor(item.FoundBy.Jurisdiction.Value, Role.OfficeStaff), "登记举报人");
            }
        }

        var concerns = new TraversalFilter(new HashSet<RelType> { RelType.Concerns }, Direction: Direction.Outgoing);
        var concernedBy = new TraversalFilter(new HashSet<RelType> { RelType.Concerns }, Direction: Direction.Incoming);
        foreach (var item in _pool)
        {
            foreach (var subject in await Store.GetRelationshipsAsync(item.ClueId, concerns))
            {
                var about = await Store.GetRelationshipsAsync(subject.EndId, concernedBy);
                if (about.Select(a => a.StartId).FirstOrDefault(id => id != item.ClueId) is { } other)
                {
                    OtherClues.TryAdd(item.Id, other);
                }
            }
        }

        Directory.CreateDirectory(Path.Combine(Folder, "out"));
    }

    /// <summary>
    /// Registers a clue about a province-managed cadre (省管干部) in the last finished city round, as an office would;
    /// the demo's own clues are about city and county cadres only.
    /// </summary>
    private async Task<string> AddProvinceCadreClueAsync()
    {
        InspectionRound? round = null;
        await foreach (var node in Store.ScanNodesAsync(NodeLabel.InspectionRound))
        {
            var candidate = NodeMapper.FromRecord<InspectionRound>((await Store.GetNodeAsync(node.Id))!);
            if (candidate.Level == JurisdictionLevel.City && candidate.End < Workflow.Today && (round is null || candidate.End > round.End))
            {
                round = candidate;
            }
        }

        Person? cadre = null;
        await foreach (var node in Store.ScanNodesAsync(NodeLabel.Person))
        {
            var person = NodeMapper.FromRecord<Person>((await Store.GetNodeAsync(node.Id))!);
            if (person.ManagementLevel == ManagementLevel.Province && (await Store.GetRelationshipsAsync(person.Id, new TraversalFilter(new HashSet<RelType> { RelType.Holds }))).Count > 0)
            {
                cadre = person;
                break;
            }
        }

        Assert.True(round is not null && cadre is not null, "The demo preset has no finished city round or no province-managed cadre with a post.");
        var clue = new Clue("clue-province-stub", "XC431400-STUB-0001", ClueSource.Letter, round.End.AddDays(-10), $"反映{cadre.Name}在分管领域插手工程项目。", [ProblemType.IntegrityDiscipline], ClueStatus.Registered, [], false);
        var builder = new GraphBatchBuilder();
        builder.Remember(round.Id, NodeLabel.InspectionRound);
        builder.Remember(cadre.Id, NodeLabel.Person);
        var batch = builder
            .Add(clue)
            .Link(RelType.FoundIn, clue.Id, round.Id)
            .Link(RelType.Concerns, clue.Id, cadre.Id, properties: new { role = nameof(SubjectRole.Primary) })
            .Build();
        await Store.WriteAsync(batch);
        return clue.Id;
    }

    public async Task DisposeAsync()
    {
        Sealed?.Dispose();
        if (Audit is not null)
        {
            await Audit.DisposeAsync();
        }

        _sealingKey?.Dispose();
        Key.Dispose();
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
