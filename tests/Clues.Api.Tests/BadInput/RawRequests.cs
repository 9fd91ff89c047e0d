using System.Text;
using System.Text.Json;

namespace Clues.Api.Tests.BadInput;

/// <summary>Sends requests exactly as given (any bytes, content type, method) and parses whatever JSON comes back.</summary>
public static class RawRequests
{
    public static Task<RawAnswer> PostJsonAsync(this HttpClient client, object envelope) =>
        client.SendRawAsync(HttpMethod.Post, "/graphql", JsonSerializer.SerializeToUtf8Bytes(envelope), "application/json");

    public static async Task<RawAnswer> SendRawAsync(this HttpClient client, HttpMethod method, string url, byte[]? body, string? contentType, bool chunked = false)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            HttpContent content = chunked ? new StreamContent(new UnseekableStream(body)) : new ByteArrayContent(body);
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            request.Content = content;
        }

        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement parsed;
        try
        {
            using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
            parsed = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            Assert.Fail($"HTTP {(int)response.StatusCode} answered with a body that is not JSON: {text[..Math.Min(text.Length, 500)]}");
            throw;
        }

        return new RawAnswer((int)response.StatusCode, response.Content.Headers, response.Headers, parsed);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
