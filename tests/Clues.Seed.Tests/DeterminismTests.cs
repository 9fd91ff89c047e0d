namespace Clues.Seed.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_identical_output()
    {
        var again = GeneratedGraph.Build(new SeedOptions(SeedPreset.Demo));

        Assert.Equal(GeneratedGraph.Demo.Nodes.Count, again.Nodes.Count);
        Assert.Equal(GeneratedGraph.Demo.Relationships.Count, again.Relationships.Count);
        Assert.Equal(GeneratedGraph.Demo.Hash(), again.Hash());
    }

    [Fact]
    public void A_different_seed_gives_different_output()
    {
        var other = GeneratedGraph.Build(new SeedOptions(SeedPreset.Demo, Seed: 7));

        Assert.NotEqual(GeneratedGraph.Demo.Hash(), other.Hash());
        var names = GeneratedGraph.Demo.Nodes.Where(n => n.Label == Core.Graph.NodeLabel.Person).Select(n => n.Name).Take(50).ToList();
        var otherNames = other.Nodes.Where(n => n.Label == Core.Graph.NodeLabel.Person).Select(n => n.Name).Take(50).ToList();
        Assert.NotEqual(names, otherNames);
    }

    [Fact]
    public void The_batch_size_only_changes_where_batches_are_cut()
    {
        var small = GeneratedGraph.Build(new SeedOptions(SeedPreset.Demo) { BatchSize = 500 });

        Assert.True(small.Batches > GeneratedGraph.Demo.Batches, $"{small.Batches} batches of 500 should outnumber {GeneratedGraph.Demo.Batches} default batches.");
        Assert.Equal(GeneratedGraph.Demo.Hash(), small.Hash());
    }

    [Fact]
    public void Scenario_ids_do_not_depend_on_the_seed()
    {
        var other = GeneratedGraph.Build(new SeedOptions(SeedPreset.Demo, Seed: 7));

        Assert.Equal(GeneratedGraph.Demo.Scenarios.ConflictOfInterest, other.Scenarios.ConflictOfInterest);
        Assert.Equal(GeneratedGraph.Demo.Scenarios.KeyPerson.ClueIds, other.Scenarios.KeyPerson.ClueIds);
    }
}
