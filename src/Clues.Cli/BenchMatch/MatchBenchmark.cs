using System.Diagnostics;
using Clues.Sharing.Matching;
using Clues.Sharing.Matching.Model;

namespace Clues.Cli.BenchMatch;

/// <summary>Generates the two data sets, times the matcher on them and scores its pairs against the truth.</summary>
internal static class MatchBenchmark
{
    public static MatchBenchReport Run(MatchBenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var data = MatchBenchGenerator.Generate(options);
        var generation = Stopwatch.GetElapsedTime(start).TotalSeconds;
        progress.WriteLine($"Generated {data.Left.Count:N0} + {data.Right.Count:N0} records in {generation:0.00} s; matching...");

        start = Stopwatch.GetTimestamp();
        var result = new Matcher().Match(data.Left, data.Right, cancellationToken);
        var matching = Stopwatch.GetElapsedTime(start).TotalSeconds;

        return new MatchBenchReport(
            options,
            data.Left.Count,
            data.Right.Count,
            result.CandidatePairs,
            generation,
            matching,
            Score(result.Pairs, EntityKind.Person, data.PersonTruth),
            Score(result.Pairs, EntityKind.Company, data.CompanyTruth),
            ScoreWithCodes(result.Pairs, data),
            data.Injected);
    }

    private static QualityFigures Score(IReadOnlyList<MatchPair> pairs, EntityKind kind, IReadOnlySet<(string, string)> truth)
    {
        int matched = 0, truePositives = 0, reviewed = 0, reviewedTrue = 0;
        foreach (var pair in pairs)
        {
            if (pair.Kind != kind)
            {
                continue;
            }

            var isTrue = truth.Contains((pair.LeftId, pair.RightId));
            if (pair.Decision == MatchDecision.Match)
            {
                matched++;
                truePositives += isTrue ? 1 : 0;
            }
            else if (pair.Decision == MatchDecision.Review)
            {
                reviewed++;
                reviewedTrue += isTrue ? 1 : 0;
            }
        }

        return new QualityFigures(truth.Count, matched, truePositives, reviewed, reviewedTrue);
    }

    // Precision over MATCH pairs whose two records both carry a credit code; recall over true pairs that do.
    private static QualityFigures ScoreWithCodes(IReadOnlyList<MatchPair> pairs, MatchBenchDataset data)
    {
        var leftWithCode = data.Left.Where(r => r.Kind == EntityKind.Company && r.CreditCode is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var rightWithCode = data.Right.Where(r => r.Kind == EntityKind.Company && r.CreditCode is not null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var withCodes = pairs.Where(p => p.Kind == EntityKind.Company && leftWithCode.Contains(p.LeftId) && rightWithCode.Contains(p.RightId)).ToList();
        return Score(withCodes, EntityKind.Company, data.CompanyTruthWithCodes);
    }
}
