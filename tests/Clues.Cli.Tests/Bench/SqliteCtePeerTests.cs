using Clues.Cli.Bench;

namespace Clues.Cli.Tests.Bench;

public sealed class SqliteCtePeerTests
{
    [Fact]
    public async Task The_sqlite_peer_builds_neighbourhoods_and_counts_two_hop_neighbours_and_path_lengths_as_worked_out_by_hand()
    {
        var run = await new SqliteCtePeer().RunAsync(HandMadeGraph.Build(), HandMadeGraph.Sample(), TextWriter.Null, CancellationToken.None);

        HandMadeGraphAssertions.AnswersMatchTheHandWorkedValues(run);
        Assert.NotNull(run.LoadMs);
    }

    [Fact]
    public async Task The_sqlite_peer_treats_like_wildcards_in_a_search_text_as_plain_characters()
    {
        var graph = HandMadeGraph.Build();
        var sample = HandMadeGraph.Sample() with { NameQueries = ["%", "_", "三%"] };

        var run = await new SqliteCtePeer().RunAsync(graph, sample, TextWriter.Null, CancellationToken.None);

        Assert.Equal([0, 0, 0], run.NameSearch!.Results);
    }
}
