using System.Net.Http.Json;
using System.Text.Json;

namespace Clues.Api.Tests;

/// <summary>Posts GraphQL requests in tests and returns the status and the parsed body.</summary>
public static class GraphQLClient
{
    public static async Task<(int Status, JsonElement Body)> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    public static JsonElement Data(this JsonElement body)
    {
        if (body.TryGetProperty("errors", out var errors))
        {
            Assert.Fail("Unexpected errors: " + errors);
        }

        return body.GetProperty("data");
    }
}
