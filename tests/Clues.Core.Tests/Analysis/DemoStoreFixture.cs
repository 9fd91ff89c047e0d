using Clues.Graph.Embedded;
using Clues.Seed;

namespace Clues.Core.Tests.Analysis;

/// <summary>The demo preset seeded once into a real embedded store in a temporary folder, shared by the analysis tests.</summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "clues-analysis-tests-" + Guid.NewGuid().ToString("N"));

    public EmbeddedGraphStore Store { get; private set; } = null!;

    public SeedScenarios Scenarios { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Durability is not under test here; skipping full fsync keeps the shared seed fast.
        Store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_directory) { SynchronousFull = false });
        var report = await SeedGenerator.RunAsync(Store, new SeedOptions(SeedPreset.Demo));
        Scenarios = report.Scenarios;
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
