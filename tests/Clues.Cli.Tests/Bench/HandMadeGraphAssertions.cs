using Clues.Cli.Bench;

namespace Clues.Cli.Tests.Bench;

/// <summary>Checks a peer's run on <see cref="HandMadeGraph"/> against the values worked out by hand.</summary>
internal static class HandMadeGraphAssertions
{
    public static void AnswersMatchTheHandWorkedValues(PeerRun run)
    {
        Assert.True(run.Error is null, $"{run.Peer} did not run: {run.Error}");
        AssertQuery(run.TwoHop, HandMadeGraph.TwoHop.Select(t => ((int?)t.Expected, $"twoHop({t.Center})")).ToList());
        AssertQuery(run.ShortestPath, HandMadeGraph.Paths.Select(p => (p.Expected, $"shortestPath({p.From}, {p.To})")).ToList());
        AssertQuery(run.NameSearch, HandMadeGraph.Names.Select(n => ((int?)n.Expected, $"nameSearch({n.Text})")).ToList());
    }

    private static void AssertQuery(QueryRun? query, IReadOnlyList<(int? Expected, string What)> cases)
    {
        Assert.NotNull(query);
        Assert.True(query.Succeeded, query.Error);
        Assert.Equal(cases.Count, query.Results.Count);
        Assert.Equal(cases.Count, query.LatenciesMs.Count);
        // Compare as text so a failure names every case at once instead of the first index only.
        var expected = cases.Select(c => $"{c.What} = {c.Expected?.ToString() ?? "none"}");
        var actual = cases.Select((c, i) => $"{c.What} = {query.Results[i]?.ToString() ?? "none"}");
        Assert.Equal(expected, actual);
        Assert.All(query.LatenciesMs, ms => Assert.True(ms >= 0));
    }
}
