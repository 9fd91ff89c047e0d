using Xunit.Abstractions;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>
/// Runs the conformance corpus (tests/Clues.GraphQL.Tests/Oracle/corpus) through <c>clues graphql batch</c> and through
/// graphql-js 16 (<c>batch-oracle.mjs</c>) and compares every case: one theory row per case, named by its id.
/// Fails — never skips — when the oracle is not installed: <c>npm ci --prefix tests/Clues.GraphQL.Tests/Oracle</c>.
/// </summary>
public sealed class OracleDifferentialTests
{
    private readonly ITestOutputHelper _output;

    public OracleDifferentialTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> ComparedCases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var testCase in OracleCorpus.All.Where(c => c.Exclude is null))
            {
                data.Add(testCase.Id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ComparedCases))]
    public async Task Case_agrees_with_graphql_js(string id)
    {
        var run = await DifferentialRun.GetAsync();
        var testCase = OracleCorpus.All.Single(c => c.Id == id);
        Assert.True(run.Oracle.TryGetValue(id, out var oracle), $"graphql-js printed no result for {id}.");
        Assert.True(run.Ours.TryGetValue(id, out var ours), $"clues graphql batch printed no result for {id}.");

        var differences = ResultComparer.Differences(oracle, ours);
        Assert.True(
            differences.Count == 0,
            $"{id} ({testCase.File}) disagrees with graphql-js:\n  - {string.Join("\n  - ", differences)}\n"
            + $"case:       {Truncate(testCase.Line)}\ngraphql-js: {Truncate(oracle)}\nours:       {Truncate(ours)}");
    }

    [Fact]
    public async Task Corpus_is_complete_and_reports_the_match_count()
    {
        var all = OracleCorpus.All;
        Assert.True(all.Count >= 300, $"The corpus has {all.Count} cases; it should keep at least 300.");
        var duplicates = all.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Duplicate case ids: " + string.Join(", ", duplicates));
        Assert.All(all.Where(c => c.Exclude is not null), c => Assert.False(string.IsNullOrWhiteSpace(c.Exclude), $"{c.Id}: an exclusion needs a reason."));

        var run = await DifferentialRun.GetAsync();
        var compared = all.Where(c => c.Exclude is null).ToList();
        var mismatched = compared
            .Where(c => !run.Oracle.TryGetValue(c.Id, out var o) || !run.Ours.TryGetValue(c.Id, out var u) || ResultComparer.Differences(o, u).Count > 0)
            .Select(c => c.Id)
            .ToList();
        _output.WriteLine($"{compared.Count - mismatched.Count}/{compared.Count} cases agree with graphql-js ({all.Count - compared.Count} excluded by reason).");
        foreach (var id in mismatched)
        {
            _output.WriteLine("  mismatch: " + id);
        }

        // The per-case rows carry the verdicts; this one checks that every line produced an output line on both sides.
        var missing = all.Where(c => !run.Oracle.ContainsKey(c.Id) || !run.Ours.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        Assert.True(missing.Count == 0, "Cases without an output line: " + string.Join(", ", missing));
    }

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
