using Clues.GraphQL.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clues.Api.Tests.Playground;

/// <summary>GraphiQL's example tabs are real, working operations on the demo store.</summary>
public sealed class GraphiQLExamplesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] TitlesInOrder = ["追踪两人之间的路径", "展开干部的关系网", "利益冲突链", "重点人排名", "资金流向"];

    public static TheoryData<string> Titles() => new(TitlesInOrder);

    [Fact]
    public void The_endpoint_options_carry_the_five_scenario_examples_in_order()
    {
        var examples = factory.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.GraphiQLExamples;

        Assert.Equal(TitlesInOrder, examples.Select(e => e.Title));
        Assert.All(examples, e => Assert.StartsWith("# " + e.Title, e.EditorText(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task Each_example_parses_validates_and_returns_data_without_errors(string title)
    {
        var example = factory.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.GraphiQLExamples.Single(e => e.Title == title);
        using var client = factory.CreateClient();
        var variables = System.Text.Json.JsonDocument.Parse(example.Variables ?? "{}").RootElement;

        var (status, body) = await client.PostGraphQLAsync(example.EditorText(), variables);
        var data = body.Data();

        Assert.Equal(200, status);
        var field = Assert.Single(data.EnumerateObject());
        var answer = field.Value.ToString();
        Assert.DoesNotContain("\"paths\":[]", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hits\":[]", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("\"entries\":[]", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("\"edges\":[]", answer, StringComparison.Ordinal);
    }
}
