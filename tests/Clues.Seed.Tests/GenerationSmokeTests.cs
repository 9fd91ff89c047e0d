using Xunit.Abstractions;

namespace Clues.Seed.Tests;

public sealed class GenerationSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Demo_preset_reports_its_sizes()
    {
        var graph = GeneratedGraph.Demo;
        output.WriteLine($"nodes {graph.Nodes.Count} rels {graph.Relationships.Count} batches {graph.Batches}");
        foreach (var g in graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key))
        {
            output.WriteLine($"{g.Key}: {g.Count()}");
        }

        foreach (var g in graph.Relationships.GroupBy(n => n.Type).OrderBy(g => g.Key))
        {
            output.WriteLine($"{g.Key}: {g.Count()}");
        }

        Assert.NotEmpty(graph.Nodes);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void City_preset_generation_counts()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var generator = new Clues.Seed.Generation.GraphGenerator(new SeedOptions(SeedPreset.City));
        string? phase = null;
        var last = 0.0;
        foreach (var chunk in generator.Generate())
        {
            output.WriteLine($"{chunk.Phase} {chunk.Done}/{chunk.Total} n={chunk.Batch.Nodes.Count} r={chunk.Batch.Relationships.Count}: {sw.Elapsed.TotalSeconds - last:F2}s gen0={GC.CollectionCount(0)} gen2={GC.CollectionCount(2)}");
            last = sw.Elapsed.TotalSeconds;
            phase = chunk.Phase;
        }

        output.WriteLine($"{phase}: {sw.Elapsed.TotalSeconds - last:F2}s");
        output.WriteLine($"city nodes {generator.Nodes} rels {generator.Relationships} in {sw.Elapsed.TotalSeconds:F1}s");
    }
}
