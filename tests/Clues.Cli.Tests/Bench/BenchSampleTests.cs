using Clues.Cli.Bench;
using Clues.Core.Graph;

namespace Clues.Cli.Tests.Bench;

public sealed class BenchSampleTests
{
    [Fact]
    public void The_same_seed_draws_the_same_inputs_and_another_seed_draws_others()
    {
        var graph = HandMadeGraph.Build();
        var persons = graph.IndexesWithLabel(NodeLabel.Person);

        var first = BenchSample.Draw(graph, persons, 50, seed: 3);
        var again = BenchSample.Draw(graph, persons, 50, seed: 3);
        var other = BenchSample.Draw(graph, persons, 50, seed: 4);

        Assert.Equal(first.Centers, again.Centers);
        Assert.Equal(first.Pairs, again.Pairs);
        Assert.Equal(first.NameQueries, again.NameQueries);
        Assert.NotEqual(first.Pairs, other.Pairs);
    }

    [Fact]
    public void Only_persons_are_drawn_and_a_pair_never_joins_a_person_to_itself()
    {
        var graph = HandMadeGraph.Build();
        var persons = graph.IndexesWithLabel(NodeLabel.Person);

        var sample = BenchSample.Draw(graph, persons, 500, seed: 1);

        Assert.All(sample.Centers, c => Assert.Equal(NodeLabel.Person, graph.Labels[c]));
        Assert.All(sample.Pairs, p =>
        {
            Assert.NotEqual(p.From, p.To);
            Assert.Equal(NodeLabel.Person, graph.Labels[p.From]);
            Assert.Equal(NodeLabel.Person, graph.Labels[p.To]);
        });
        Assert.Equal(500, sample.NameQueries.Count);
        Assert.Equal(BenchSample.WarmupCountFor(500), sample.WarmupPairs.Count);
    }

    [Theory]
    [InlineData("张三丰", "三丰")]
    [InlineData("李四", "李四")]
    [InlineData("王", "王")]
    [InlineData(" 欧阳娜娜 ", "娜娜")]
    [InlineData("𠀀𠀁𠀂", "𠀁𠀂")] // characters outside the BMP count as one each
    public void The_search_text_is_the_last_two_characters_of_the_name(string name, string expected) =>
        Assert.Equal(expected, BenchSample.FragmentOf(name));

    [Fact]
    public void A_store_with_fewer_than_two_persons_is_refused_with_a_hint()
    {
        var graph = HandMadeGraph.Build();

        var error = Assert.Throws<InvalidOperationException>(() => BenchSample.Draw(graph, [0], 10, 1));

        Assert.Contains("clues seed", error.Message, StringComparison.Ordinal);
    }
}
