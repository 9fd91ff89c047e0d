namespace Clues.Cli.Bench;

/// <summary>
/// Compares the peers' answers input by input: 2-hop counts and shortest-path lengths must be equal
/// (both null when no path exists within 6 hops). Name search is not compared, because the peers
/// rank and cut off differently by design.
/// </summary>
internal static class AgreementCheck
{
    /// <summary>How many disagreements are listed in full.</summary>
    public const int MaxExamples = 5;

    /// <summary>Compares every answering peer with the first one that answered (the reference).</summary>
    public static GraphBenchReport.AgreementSummary Compare(BenchGraph graph, BenchSample sample, IReadOnlyList<PeerRun> runs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(runs);

        var pairs = 0;
        var mismatches = 0;
        var examples = new List<GraphBenchReport.MismatchExample>();
        string? reference = null;
        var compared = new List<string>();

        void CompareKind(string kind, Func<PeerRun, QueryRun?> select, int count, Func<int, (string From, string? To)> describe)
        {
            var answering = runs.Where(r => select(r) is { Succeeded: true } q && q.Results.Count == count).ToList();
            if (answering.Count < 2)
            {
                return;
            }

            reference ??= answering[0].Peer;
            foreach (var run in answering.Where(r => !compared.Contains(r.Peer)))
            {
                compared.Add(run.Peer);
            }

            var baseline = select(answering[0])!.Results;
            for (var i = 0; i < count; i++)
            {
                var differs = false;
                foreach (var other in answering.Skip(1))
                {
                    pairs++;
                    if (select(other)!.Results[i] != baseline[i])
                    {
                        mismatches++;
                        differs = true;
                    }
                }

                if (differs && examples.Count < MaxExamples)
                {
                    var (from, to) = describe(i);
                    examples.Add(new GraphBenchReport.MismatchExample(
                        kind, from, to, answering.ToDictionary(r => r.Peer, r => select(r)!.Results[i])));
                }
            }
        }

        CompareKind("twoHop", r => r.TwoHop, sample.Centers.Count, i => (graph.Ids[sample.Centers[i]], null));
        CompareKind("shortestPath", r => r.ShortestPath, sample.Pairs.Count, i => (graph.Ids[sample.Pairs[i].From], graph.Ids[sample.Pairs[i].To]));

        return new GraphBenchReport.AgreementSummary(
            pairs,
            mismatches,
            reference,
            [.. compared],
            examples,
            "twoHop counts and shortestPath lengths (null = none within 6 hops) of each peer against the reference, per sampled input; nameSearch is not compared because ranking differs by design");
    }
}
