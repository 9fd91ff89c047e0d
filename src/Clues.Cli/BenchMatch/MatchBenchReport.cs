using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clues.Cli.BenchMatch;

/// <summary>What `clues bench match` measured.</summary>
internal sealed record MatchBenchReport(
    MatchBenchOptions Options,
    int LeftRecords,
    int RightRecords,
    long CandidatePairs,
    double GenerationSeconds,
    double MatchSeconds,
    QualityFigures Persons,
    QualityFigures Companies,
    QualityFigures CompaniesWithCreditCodes,
    InjectedVariations Injected)
{
    public const double PersonPrecisionTarget = 0.99;
    public const double PersonRecallTarget = 0.95;
    public const double CompanyPrecisionTarget = 1.0;
    public const double SecondsTargetAt100k = 60;

    public double RecordsPerSecond => MatchSeconds <= 0 ? 0 : (LeftRecords + RightRecords) / MatchSeconds;

    public bool QualityTargetsMet =>
        Persons.Precision >= PersonPrecisionTarget
        && Persons.Recall >= PersonRecallTarget
        && CompaniesWithCreditCodes.Precision >= CompanyPrecisionTarget;

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["size"] = Options.Size,
            ["seed"] = Options.Seed,
            ["leftRecords"] = LeftRecords,
            ["rightRecords"] = RightRecords,
            ["candidatePairs"] = CandidatePairs,
            ["generationSeconds"] = Round(GenerationSeconds),
            ["elapsedSeconds"] = Round(MatchSeconds),
            ["recordsPerSecond"] = Math.Round(RecordsPerSecond),
            ["persons"] = Figures(Persons),
            ["companies"] = Figures(Companies),
            ["companiesWithCreditCodes"] = Figures(CompaniesWithCreditCodes),
            ["injected"] = JsonSerializer.SerializeToNode(Injected, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }),
            ["targets"] = new JsonObject
            {
                ["personPrecision"] = PersonPrecisionTarget,
                ["personRecall"] = PersonRecallTarget,
                ["companyPrecision"] = CompanyPrecisionTarget,
                ["secondsAt100k"] = SecondsTargetAt100k,
            },
            ["qualityTargetsMet"] = QualityTargetsMet,
        };
        return root.ToJsonString();
    }

    public void WriteText(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"clues bench match: {LeftRecords:N0} × {RightRecords:N0} records (seed {Options.Seed}), {CandidatePairs:N0} candidate pairs"));
        output.WriteLine(string.Create(c, $"  persons MATCH    precision {Persons.Precision:0.0000} (target ≥ {PersonPrecisionTarget})  recall {Persons.Recall:0.0000} (target ≥ {PersonRecallTarget})  {Persons.Matched:N0} matched, {Persons.FalsePositives:N0} wrong, {Persons.TruePairs:N0} true pairs"));
        output.WriteLine(string.Create(c, $"  persons REVIEW   {Persons.Reviewed:N0} pairs, {Persons.ReviewedTrue:N0} true; recall if all confirmed {Persons.RecallWithReview:0.0000}"));
        output.WriteLine(string.Create(c, $"  companies MATCH  precision {Companies.Precision:0.0000} (with credit codes {CompaniesWithCreditCodes.Precision:0.0000}, target {CompanyPrecisionTarget})  recall {Companies.Recall:0.0000} (with credit codes {CompaniesWithCreditCodes.Recall:0.0000})  {Companies.Reviewed:N0} REVIEW"));
        output.WriteLine(string.Create(c, $"  time             {MatchSeconds:0.00} s matching ({RecordsPerSecond:N0} records/s; target ≤ {SecondsTargetAt100k} s at 100k × 100k), {GenerationSeconds:0.00} s generating"));
        output.WriteLine(QualityTargetsMet ? "  quality targets met" : "  quality targets MISSED");
    }

    private static JsonObject Figures(QualityFigures figures) => new()
    {
        ["truePairs"] = figures.TruePairs,
        ["match"] = figures.Matched,
        ["truePositives"] = figures.TruePositives,
        ["falsePositives"] = figures.FalsePositives,
        ["precision"] = Math.Round(figures.Precision, 5),
        ["recall"] = Math.Round(figures.Recall, 5),
        ["review"] = figures.Reviewed,
        ["reviewTrue"] = figures.ReviewedTrue,
        ["recallWithReview"] = Math.Round(figures.RecallWithReview, 5),
    };

    private static double Round(double seconds) => Math.Round(seconds, 3);
}
