using System.Diagnostics;
using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Xunit.Abstractions;

namespace Clues.Seed.Tests;

/// <summary>
/// The city preset's shape. Its speed (the 60 s budget) is not asserted here: `clues seed` prints the
/// time it took and `clues bench graph` the figures, since timed unit tests only measure the machine.
/// </summary>
public sealed class CityPresetTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_city_preset_has_its_promised_size_and_is_a_small_world()
    {
        var directory = Path.Combine(Path.GetTempPath(), "clues-seed-city-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stopwatch = Stopwatch.StartNew();
            SeedReport report;
            GraphStats stats;
            await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(directory)))
            {
                report = await SeedGenerator.RunAsync(store, new SeedOptions(SeedPreset.City));
                stats = await store.GetStatsAsync();
                var s = report.Scenarios.ConflictOfInterest;
                var path = await store.ShortestPathAsync(s.CadreId, s.ProjectId, new PathQuery(new TraversalFilter(new HashSet<RelType> { RelType.RelativeOf, RelType.ShareholderOf, RelType.Contracted }), MaxHops: 3));
                Assert.NotNull(path);

                // Small world: random pairs of people are usually within six hops.
                var people = new List<string>();
                await foreach (var node in store.ScanNodesAsync(NodeLabel.Person))
                {
                    people.Add(node.Id);
                }

                var random = new Random(3);
                var within = 0;
                const int Pairs = 20;
                for (var i = 0; i < Pairs; i++)
                {
                    var hop = await store.ShortestPathAsync(people[random.Next(people.Count)], people[random.Next(people.Count)], new PathQuery(MaxHops: 6));
                    within += hop is null ? 0 : 1;
                }

                output.WriteLine($"{within} of {Pairs} random person pairs within 6 hops");
                Assert.True(within >= Pairs * 0.9, $"Only {within} of {Pairs} random person pairs are within 6 hops.");
            }

            stopwatch.Stop();
            output.WriteLine($"city preset: {report.Nodes:N0} nodes, {report.Relationships:N0} relationships; seeding {report.Elapsed.TotalSeconds:F1} s, open+seed+close {stopwatch.Elapsed.TotalSeconds:F1} s");
            Assert.InRange(report.Nodes, 90_000, 110_000);
            Assert.InRange(report.Relationships, 900_000, 1_150_000);
            Assert.Equal(report.Nodes, stats.Nodes);
            Assert.Equal(report.Relationships, stats.Relationships);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
