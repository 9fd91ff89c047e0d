namespace Clues.Cli.Bench;

/// <summary>
/// Compares the peers' answers input by input: each twoHop neighbourhood must match whole (taken ids
/// in order, relationships between taken nodes, degree and omitted sums, total reachable), twoHopCount
/// counts and shortest-path lengths must be equal (both null when no path exists within 6 hops).
/// Name search is not compared, because the peers rank and cut off differently by design.
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

        void CompareKind(string kind, Func<PeerRun, QueryRun?> select, int count, Func<int, (string From, string? To)> describe, bool wholeNeighbourhood)
        {
            // A peer whose twoHop came back without neighbourhoods cannot be compared on them, so it
            // is left out rather than counted as agreeing on the total alone.
            var answering = runs
                .Where(r => select(r) is { Succeeded: true } q && q.Results.Count == count && (!wholeNeighbourhood || q.Neighbourhoods?.Count == count))
                .ToList();
            if (answering.Count < 2)
            {
                return;
            }

            reference ??= answering[0].Peer;
            foreach (var run in answering.Where(r => !compared.Contains(r.Peer)))
            {
                compared.Add(run.Peer);
            }

            var baseline = select(answering[0])!;
            for (var i = 0; i < count; i++)
            {
                var differs = false;
                foreach (var other in answering.Skip(1))
                {
                    pairs++;
                    var answer = select(other)!;
                    if (answer.Results[i] != baseline.Results[i]
                        || (wholeNeighbourhood && answer.Neighbourhoods![i] != baseline.Neighbourhoods![i]))
                    {
                        mismatches++;
                        differs = true;
                    }
                }

                if (differs && examples.Count < MaxExamples)
                {
                    var (from, to) = describe(i);
                    examples.Add(new GraphBenchReport.MismatchExample(
                        kind,
                        from,
                        to,
                        answering.ToDictionary(r => r.Peer, r => select(r)!.Results[i]),
                        wholeNeighbourhood ? answering.ToDictionary(r => r.Peer, r => select(r)!.Neighbourhoods![i]) : null));
                }
            }
        }

        (string, string?) Center(int i) => (graph.Ids[sample.Centers[i]], null);
        CompareKind("twoHop", r => r.TwoHop, sample.Centers.Count, Center, wholeNeighbourhood: true);
        CompareKind("twoHopCount", r => r.TwoHopCount, sample.Centers.Count, Center, wholeNeighbourhood: false);
        CompareKind("shortestPath", r => r.ShortestPath, sample.Pairs.Count, i => (graph.Ids[sample.Pairs[i].From], graph.Ids[sample.Pairs[i].To]), wholeNeighbourhood: false);

        return new GraphBenchReport.AgreementSummary(
            pairs,
            mismatches,
            reference,
            [.. compared],
            examples,
            "per sampled input, each peer against the reference: twoHop compares the taken node ids in order (hashed), the number of relationships between taken nodes, the sums of degrees and omitted neighbours, and the total reachable; twoHopCount compares counts; shortestPath compares lengths (null = none within 6 hops); nameSearch is not compared because ranking differs by design");
    }
}
