using Clues.Graph.Embedded;

namespace Clues.Seed.Tests;

/// <summary>The demo preset seeded once into a real embedded store in a temporary folder.</summary>
public sealed class SeededStoreFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "clues-seed-tests-" + Guid.NewGuid().ToString("N"));

    public EmbeddedGraphStore Store { get; private set; } = null!;

    public SeedReport Report { get; private set; } = null!;

    public List<SeedProgress> Progress { get; } = [];

    public async Task InitializeAsync()
    {
        Store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_directory) { SynchronousFull = false });
        Report = await SeedGenerator.RunAsync(Store, new SeedOptions(SeedPreset.Demo), new SynchronousProgress(Progress));
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class SynchronousProgress(List<SeedProgress> into) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }
}
