using Clues.Cli.Bench;

namespace Clues.Cli.Tests.Bench;

/// <summary>Checks a peer's run on <see cref="HandMadeGraph"/> against the values worked out by hand.</summary>
internal static class HandMadeGraphAssertions
{
    public static void AnswersMatchTheHandWorkedValues(PeerRun run)
    {
        Assert.True(run.Error is null, $"{run.Peer} did not run: {run.Error}");
        AssertNeighbourhoods(run.TwoHop);
        AssertQuery(run.TwoHopCount, HandMadeGraph.TwoHop.Select(t => ((int?)t.Expected, $"twoHopCount({t.Center})")).ToList());
        AssertQuery(run.ShortestPath, HandMadeGraph.Paths.Select(p => (p.Expected, $"shortestPath({p.From}, {p.To})")).ToList());
        AssertQuery(run.NameSearch, HandMadeGraph.Names.Select(n => ((int?)n.Expected, $"nameSearch({n.Text})")).ToList());
    }

    private static void AssertNeighbourhoods(QueryRun? query)
    {
        Assert.NotNull(query);
        Assert.True(query.Succeeded, query.Error);
        Assert.NotNull(query.Neighbourhoods);
        var cases = HandMadeGraph.Neighbourhoods;
        Assert.Equal(HandMadeGraph.TwoHop.Select(t => t.Center), cases.Select(c => c.Center)); // Sample() draws centres from TwoHop
        Assert.Equal(cases.Count, query.Neighbourhoods.Count);
        Assert.Equal(cases.Count, query.LatenciesMs.Count);
        Assert.Equal(cases.Select(c => (int?)c.Total), query.Results);

        // The taken ids are compared through their hash; the expected text shows the letters so a
        // failure says which order was meant.
        static string Describe(string center, string? takenLetters, NeighbourhoodDigest digest) =>
            $"twoHop({center}): taken {digest.Taken} {takenLetters}#{digest.TakenHash}, edges {digest.Edges}, degrees {digest.DegreeSum}, omitted {digest.OmittedSum}, total {digest.TotalReachable}";

        var expected = cases.Select(c =>
        {
            var ids = c.Taken.Select(letter => $"n:{letter}").ToArray();
            return Describe(c.Center, c.Taken, NeighbourhoodDigest.Of(ids, c.Edges, c.Degrees, c.Omitted, c.Total));
        });
        var actual = cases.Select((c, i) =>
        {
            var digest = query.Neighbourhoods[i];
            // Show the letters only when the hash says they are the expected ones.
            var letters = digest.TakenHash == NeighbourhoodDigest.HashIds(c.Taken.Select(letter => $"n:{letter}")) ? c.Taken : "?";
            return Describe(c.Center, letters, digest);
        });
        Assert.Equal(expected, actual);
        Assert.All(query.LatenciesMs, ms => Assert.True(ms >= 0));
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
