using Clues.Core.Access;
using Clues.Core.Model;
using Clues.Core.Sealing;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Sealing;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;
using Clues.Seed;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>
/// An issuing office's data directory for the command tests: the demo preset with its routable clues approved,
/// closed again so the `clues` process can open it.
/// </summary>
public sealed class IssuerDataFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly List<HandoverItem> _commission = [];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "clues-package-cli-" + Guid.NewGuid().ToString("N"));

    public string Data => Path.Combine(Root, "issuer");

    public string Keys => Path.Combine(Root, "office-keys");

    /// <summary>Where `clues serve` would keep the sealing key of <see cref="Data"/>, and the export looks by default.</summary>
    public string SealingKeyPath => Path.Combine(Root, "issuer-keys", "sealing.key");

    /// <summary>An approved commission item whose clue has a sealed reporter, and that reporter.</summary>
    public (string ItemId, string ClueId, ReporterIdentity Reporter) Sealed { get; private set; }

    /// <summary>Approved items of the city office for one city commission, each handed out once.</summary>
    public List<string> TakeCommissionItems(int count)
    {
        lock (_gate)
        {
            Assert.True(_commission.Count >= count, $"Only {_commission.Count} approved commission items are left; the tests need {count}.");
            var taken = _commission.Take(count).Select(i => i.Id).ToList();
            _commission.RemoveRange(0, count);
            return taken;
        }
    }

    public async Task InitializeAsync()
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(Data) { SynchronousFull = false }))
        {
            await SeedGenerator.RunAsync(store, new SeedOptions(SeedPreset.Demo));
            var workflow = await HandoverWorkflow.OpenAsync(new HandoverWorkflowOptions(Data), new HandoverRouter(HandoverRuleTable.BuiltIn()), TimeProvider.System, CancellationToken.None);
            var approved = await DemoHandover.ApproveAllAsync(store, workflow, limit: 40);
            var city = approved.Where(i => i.FoundBy.Jurisdiction.Value == DemoHandover.City && i.Recipient.Route == HandoverRoute.DisciplineCommission).ToList();
            _commission.AddRange(city.Where(i => i.Recipient == city[0].Recipient));

            // One commission item keeps a sealed reporter for the release test; the others are handed out freely.
            foreach (var item in _commission)
            {
                if (NodeMapper.FromRecord<Clue>((await store.GetNodeAsync(item.ClueId))!).HasSealedReporter)
                {
                    Sealed = (item.Id, item.ClueId, new ReporterIdentity("举报人乙", "13907310001", null, null));
                    _commission.Remove(item);
                    break;
                }
            }

            Assert.True(Sealed.ItemId is not null, "No approved commission item of the demo has a sealed reporter; the release test needs one.");
            Directory.CreateDirectory(Path.GetDirectoryName(SealingKeyPath)!);
            using var sealing = SealingKey.CreateFile(SealingKeyPath);
            await using var audit = SqliteAuditLog.Open(Path.Combine(Data, "audit.db"), AccessPolicy.Default);
            using var sealedStore = SqliteSealedReporterStore.Open(Path.Combine(Data, "sealed.db"), sealing, audit, AccessPolicy.Default);
            await sealedStore.PutAsync(Sealed.ClueId, Clues.Core.Identifiers.DivisionCode.Parse(DemoHandover.City), Sealed.Reporter, DemoHandover.Actor(DemoHandover.City, Role.OfficeStaff), "登记举报人");
        }

        SqliteConnection.ClearAllPools();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
