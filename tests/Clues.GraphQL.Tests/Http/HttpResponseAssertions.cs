using System.Text.Json;

namespace Clues.GraphQL.Tests.Http;

/// <summary>Reads GraphQL-over-HTTP responses in tests.</summary>
public static class HttpResponseAssertions
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"Response {(int)response.StatusCode} is not JSON: {e.Message}\n{text}");
        }
    }

    public static string MediaType(this HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType ?? "(none)";

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string FirstErrorMessage(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
