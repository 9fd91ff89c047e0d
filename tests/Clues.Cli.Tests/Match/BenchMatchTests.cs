using System.Text.Json;
using Clues.Cli.BenchMatch;
using Clues.Cli.Tests.Commands;
using Clues.Sharing.Matching.Model;

namespace Clues.Cli.Tests.Match;

public sealed class BenchMatchTests
{
    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    public void At_two_thousand_records_the_matcher_meets_the_quality_targets(int seed)
    {
        var report = MatchBenchmark.Run(new MatchBenchOptions(2000, seed), TextWriter.Null, CancellationToken.None);

        Assert.True(report.Persons.Precision >= 0.99, $"persons precision {report.Persons.Precision}");
        Assert.True(report.Persons.Recall >= 0.95, $"persons recall {report.Persons.Recall}");
        Assert.Equal(1.0, report.CompaniesWithCreditCodes.Precision);
        Assert.True(report.CompaniesWithCreditCodes.TruePairs > 100, $"only {report.CompaniesWithCreditCodes.TruePairs} company pairs with codes");
        Assert.True(report.QualityTargetsMet);
    }

    [Fact]
    public void The_generated_data_carries_every_kind_of_injected_variation()
    {
        var data = MatchBenchGenerator.Generate(new MatchBenchOptions(2000, 42));
        var injected = data.Injected;

        Assert.All(
            new[] { injected.NameTypos, injected.VariantCharacters, injected.MissingIds, injected.TransposedIds, injected.SameNameDifferentPeople, injected.CompaniesWithoutCreditCode, injected.SameNameDifferentCompanies },
            count => Assert.True(count > 0));
        Assert.Equal(2000, data.Left.Count);
        Assert.Equal(2000, data.Right.Count);
        Assert.Contains(data.Right, r => r.Kind == EntityKind.Company && r.CreditCode is null);
    }

    [Fact]
    public void The_same_seed_gives_the_same_data_sets()
    {
        var a = MatchBenchGenerator.Generate(new MatchBenchOptions(500, 3));
        var b = MatchBenchGenerator.Generate(new MatchBenchOptions(500, 3));
        var c = MatchBenchGenerator.Generate(new MatchBenchOptions(500, 4));

        Assert.Equal(a.Left, b.Left);
        Assert.Equal(a.Right, b.Right);
        Assert.NotEqual(a.Right, c.Right);
    }

    [Fact]
    public async Task Bench_match_prints_quality_and_speed_figures_as_json()
    {
        var result = await CliProcess.RunAsync("bench", "match", "--size", "1000", "--seed", "42", "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var report = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal(1000, report.GetProperty("leftRecords").GetInt32());
        Assert.True(report.GetProperty("persons").GetProperty("precision").GetDouble() >= 0.99);
        Assert.True(report.GetProperty("persons").GetProperty("recall").GetDouble() >= 0.95);
        Assert.Equal(1.0, report.GetProperty("companiesWithCreditCodes").GetProperty("precision").GetDouble());
        Assert.True(report.GetProperty("recordsPerSecond").GetDouble() > 0);
        Assert.True(report.GetProperty("qualityTargetsMet").GetBoolean());
    }
}
