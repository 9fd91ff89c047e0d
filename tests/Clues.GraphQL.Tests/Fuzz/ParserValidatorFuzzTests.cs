using Xunit.Abstractions;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// Deterministic fuzzing of the parser and validator (fixed seeds, so a failure reproduces): 216,000 documents across
/// mutated seeds, schema-driven random documents and extreme shapes. Only <see cref="Language.GraphQLSyntaxException"/>
/// may escape; each document must finish within <see cref="FuzzHarness.PerDocumentBound"/>; managed memory must not grow.
/// </summary>
public sealed class ParserValidatorFuzzTests
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    private readonly ITestOutputHelper _output;

    public ParserValidatorFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Mutated_seed_documents_only_ever_fail_with_syntax_errors()
    {
        var random = new Random(20240601);
        var seeds = FuzzSeeds.Documents;
        var mutator = new DocumentMutator(random, seeds);
        using var limit = new CancellationTokenSource(RunLimit);
        var report = await FuzzHarness.RunAsync("mutated", 150_000, _ => mutator.Mutate(seeds[random.Next(seeds.Count)]), limit.Token);
        _output.WriteLine($"mutated seeds ({seeds.Count} seeds): {report}");
    }

    [Fact]
    public async Task Schema_driven_random_documents_validate_without_exceptions()
    {
        var random = new Random(7411);
        var generator = new RandomDocumentGenerator(random, FuzzSchema.Schema);
        var mutator = new DocumentMutator(random, FuzzSeeds.Documents);

        // One in five gets a light mutation on top, to reach the validator with almost-right documents.
        using var limit = new CancellationTokenSource(RunLimit);
        var report = await FuzzHarness.RunAsync("generated", 60_000, _ => random.Next(5) == 0 ? mutator.Mutate(generator.Next()) : generator.Next(), limit.Token);
        _output.WriteLine($"schema-driven: {report}");
        Assert.True(report.Valid > 1_000, $"The generator should produce many valid documents so the validator's accepting paths are fuzzed too. {report}");
    }

    [Fact]
    public async Task Extreme_documents_stay_within_time_and_memory_bounds()
    {
        var random = new Random(9001);
        var extremes = new ExtremeDocuments(random);
        using var limit = new CancellationTokenSource(RunLimit);
        var report = await FuzzHarness.RunAsync("extreme", 6_000, _ => extremes.Next(), limit.Token);
        _output.WriteLine($"extreme shapes: {report}");
    }
}
