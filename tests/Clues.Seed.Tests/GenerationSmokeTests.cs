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
        long nodes = 0, rels = 0;
        var byLabel = new Dictionary<Clues.Core.Graph.NodeLabel, int>();
        var byType = new Dictionary<Clues.Core.Graph.RelType, int>();
        foreach (var batch in SeedGenerator.Generate(new SeedOptions(SeedPreset.City)))
        {
            nodes += batch.Nodes.Count;
            rels += batch.Relationships.Count;
            foreach (var n in batch.Nodes) byLabel[n.Label] = byLabel.GetValueOrDefault(n.Label) + 1;
            foreach (var r in batch.Relationships) byType[r.Type] = byType.GetValueOrDefault(r.Type) + 1;
        }

        output.WriteLine($"city nodes {nodes} rels {rels} in {sw.Elapsed.TotalSeconds:F1}s");
        foreach (var p in byLabel.OrderBy(p => p.Key)) output.WriteLine($"{p.Key}: {p.Value}");
        foreach (var p in byType.OrderBy(p => p.Key)) output.WriteLine($"{p.Key}: {p.Value}");
    }
}
