namespace Clues.Api.Tests.BadInput;

/// <summary>
/// A mutation never runs on GET, however it is dressed: chosen by operationName from a document that also holds a
/// query, or with its body in a GET. GET is for reads only, so a link or a prefetch cannot change data.
/// </summary>
public sealed class GetMutationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Register = "mutation Register { registerClue(input: { code: \"GET-2\", source: LETTER, receivedOn: \"2026-01-05\", summary: \"s\", problems: [INTEGRITY_DISCIPLINE], subjects: [] }) { id } }";

    [Fact]
    public async Task A_mutation_chosen_by_operation_name_from_a_mixed_document_on_get_gets_405_and_writes_nothing()
    {
        var client = factory.CreateClient();
        var before = await NodeCountAsync(client);
        var document = Uri.EscapeDataString("query Count { stats { nodes } } " + Register);

        var answer = await client.SendRawAsync(HttpMethod.Get, $"/graphql?query={document}&operationName=Register", null, null);

        Assert.Equal(405, answer.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", answer.Code);
        Assert.Contains("POST", answer.Message, StringComparison.Ordinal);
        Assert.Contains("POST", answer.ContentHeaders!.Allow);
        Assert.Equal(before, await NodeCountAsync(client));
    }

    [Fact]
    public async Task The_query_of_the_same_mixed_document_still_runs_on_get()
    {
        var client = factory.CreateClient();
        var document = Uri.EscapeDataString("query Count { stats { nodes } } " + Register);

        var answer = await client.SendRawAsync(HttpMethod.Get, $"/graphql?query={document}&operationName=Count", null, null);

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Body.GetProperty("data").GetProperty("stats").GetProperty("nodes").GetInt64() > 1000);
    }

    private static async Task<long> NodeCountAsync(HttpClient client)
    {
        var (_, body) = await client.PostGraphQLAsync("{ stats { nodes } }");
        return body.Data().GetProperty("stats").GetProperty("nodes").GetInt64();
    }
}
