using Clues.Sharing.Matching.Model;

namespace Clues.Cli.BenchMatch;

/// <summary>Two data sets with the truth about which records are the same entity.</summary>
/// <param name="Left">The first data set.</param>
/// <param name="Right">The second, with variations injected into the copies.</param>
/// <param name="PersonTruth">(left id, right id) of every person known to both.</param>
/// <param name="CompanyTruth">(left id, right id) of every company known to both.</param>
/// <param name="CompanyTruthWithCodes">The company pairs where both records carry a credit code.</param>
/// <param name="Injected">Counts of the injected variations.</param>
internal sealed record MatchBenchDataset(
    IReadOnlyList<MatchRecord> Left,
    IReadOnlyList<MatchRecord> Right,
    IReadOnlySet<(string Left, string Right)> PersonTruth,
    IReadOnlySet<(string Left, string Right)> CompanyTruth,
    IReadOnlySet<(string Left, string Right)> CompanyTruthWithCodes,
    InjectedVariations Injected);
