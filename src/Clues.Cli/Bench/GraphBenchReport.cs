using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clues.Cli.Bench;

/// <summary>
/// The result of <c>clues bench graph</c>, serialised as the one JSON object printed with --json.
/// <see cref="Queries"/> maps query kind → peer → figures; a peer that could not run has an
/// <c>error</c> there instead of figures, so no peer silently disappears.
/// </summary>
internal sealed record GraphBenchReport(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, GraphBenchReport.QueryFigures>> Queries,
    GraphBenchReport.AgreementSummary Agreement,
    GraphBenchReport.AnswerSummary? Answers,
    GraphBenchReport.GraphSummary Graph,
    int Samples,
    int Warmup,
    int Seed,
    int NodeLimit,
    IReadOnlyDictionary<string, GraphBenchReport.PeerSummary> Peers)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese names and fragments stay readable instead of becoming \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The query kinds, in report order.</summary>
    public static IReadOnlyList<string> QueryKinds { get; } = ["twoHop", "twoHopCount", "shortestPath", "nameSearch"];

    /// <summary>The report as one line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Latency figures in milliseconds, or the reason there are none.</summary>
    public sealed record QueryFigures(double? P50, double? P99, double? Mean, double? Max, int? Count, string? Error)
    {
        /// <summary>Figures from a peer's timed calls, rounded to the microsecond.</summary>
        public static QueryFigures From(QueryRun run)
        {
            if (!run.Succeeded)
            {
                return new QueryFigures(null, null, null, null, null, run.Error);
            }

            var stats = LatencyStats.FromMilliseconds([.. run.LatenciesMs]);
            return stats.Count == 0
                ? new QueryFigures(null, null, null, null, 0, "no calls were timed")
                : new QueryFigures(Round(stats.P50), Round(stats.P99), Round(stats.Mean), Round(stats.Max), stats.Count, null);
        }

        /// <summary>No figures: the peer failed as a whole.</summary>
        public static QueryFigures Failed(string error) => new(null, null, null, null, null, error);

        private static double Round(double ms) => Math.Round(ms, 3);
    }

    /// <summary>
    /// How often the peers agreed. Each sampled centre (once for twoHop, once for twoHopCount) and
    /// path pair is compared between the reference peer and every other peer that answered it;
    /// <see cref="Pairs"/> counts those comparisons and <see cref="Mismatches"/> the ones that differed.
    /// </summary>
    public sealed record AgreementSummary(
        int Pairs,
        int Mismatches,
        string? Reference,
        IReadOnlyList<string> Compared,
        IReadOnlyList<MismatchExample> Examples,
        string Note);

    /// <summary>
    /// One disagreement: the query, its input (store ids) and what each peer answered (null: no path
    /// within 6 hops; for twoHop the total reachable, with the whole digest in <see cref="Neighbourhoods"/>).
    /// </summary>
    public sealed record MismatchExample(
        string Query,
        string From,
        string? To,
        IReadOnlyDictionary<string, int?> Answers,
        IReadOnlyDictionary<string, NeighbourhoodDigest>? Neighbourhoods = null);

    /// <summary>
    /// What the sampled queries found, from the first peer that answered each kind, so a reader can
    /// tell whether the inputs exercised the queries (a benchmark where no path exists measures little).
    /// </summary>
    /// <param name="TwoHopMean">Mean number of nodes within two hops (the total reachable).</param>
    /// <param name="TwoHopTakenMean">Mean number of nodes a twoHop neighbourhood took, the centre included.</param>
    /// <param name="TwoHopEdgesMean">Mean number of relationships a twoHop neighbourhood returned.</param>
    /// <param name="TwoHopTruncated">How many twoHop neighbourhoods the node limit cut short.</param>
    public sealed record AnswerSummary(
        string? Peer,
        double? TwoHopMean,
        int? TwoHopMax,
        double? TwoHopTakenMean,
        double? TwoHopEdgesMean,
        int? TwoHopTruncated,
        int? PathsFound,
        double? PathLengthMean,
        double? NameSearchHitsMean)
    {
        /// <summary>Summarises the answers of the first peer that ran; null when none did.</summary>
        public static AnswerSummary? Summarise(IReadOnlyList<PeerRun> runs)
        {
            var run = runs.FirstOrDefault(r => r.Error is null);
            if (run is null)
            {
                return null;
            }

            static IReadOnlyList<int?>? Answers(QueryRun? query) => query is { Succeeded: true, Results.Count: > 0 } ? query.Results : null;
            var twoHop = Answers(run.TwoHop);
            var hoods = run.TwoHop is { Succeeded: true, Neighbourhoods.Count: > 0 } ? run.TwoHop.Neighbourhoods : null;
            var paths = Answers(run.ShortestPath)?.Where(r => r is not null).Select(r => r!.Value).ToList();
            var names = Answers(run.NameSearch);
            return new AnswerSummary(
                run.Peer,
                twoHop is null ? null : Math.Round(twoHop.Average(r => r ?? 0), 2),
                twoHop?.Max(),
                hoods is null ? null : Math.Round(hoods.Average(n => n.Taken), 2),
                hoods is null ? null : Math.Round(hoods.Average(n => n.Edges), 2),
                hoods?.Count(n => n.TotalReachable + 1 > n.Taken),
                paths?.Count,
                paths is { Count: > 0 } ? Math.Round(paths.Average(), 2) : null,
                names is null ? null : Math.Round(names.Average(r => r ?? 0), 2));
        }
    }

    /// <summary>The size of the graph measured.</summary>
    public sealed record GraphSummary(int Nodes, int Relationships, int Persons, double ExportMs);

    /// <summary>One peer's load time, extra figures, notes, or why it did not run.</summary>
    public sealed record PeerSummary(
        double? LoadMs,
        string? Error,
        IReadOnlyDictionary<string, QueryFigures>? Extra,
        IReadOnlyList<string>? Notes);
}
