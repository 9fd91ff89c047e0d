using System.Text;

namespace Clues.Api.Tests.BadInput;

/// <summary>
/// Bad HTTP around the GraphQL request, end to end through the real API (Production settings, a real analyst token):
/// every one is refused with its own status and a GraphQL-shaped error saying what to change.
/// </summary>
public sealed class HttpEnvelopeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Limit = 1024 * 1024;

    private static byte[] Padded(int size)
    {
        var prefix = "{\"query\":\"{ stats { nodes } }\",\"variables\":{\"pad\":\""u8;
        var body = new byte[size];
        prefix.CopyTo(body);
        body.AsSpan(prefix.Length).Fill((byte)'x');
        "\"}}"u8.CopyTo(body.AsSpan(size - 3));
        return body;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_one_mebibyte_gets_413_with_a_json_error_naming_the_limit(bool chunked)
    {
        var answer = await factory.CreateClient().SendRawAsync(HttpMethod.Post, "/graphql", Padded(2 * Limit), "application/json", chunked);

        Assert.Equal(413, answer.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", answer.Code);
        Assert.Contains(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_still_answered()
    {
        var answer = await factory.CreateClient().SendRawAsync(HttpMethod.Post, "/graphql", Padded(Limit - 16), "application/json");

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Body.GetProperty("data").GetProperty("stats").GetProperty("nodes").GetInt64() > 1000);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task A_body_of_another_media_type_or_charset_gets_415_naming_what_is_accepted(string? contentType)
    {
        var answer = await factory.CreateClient().SendRawAsync(HttpMethod.Post, "/graphql", RawRequests.Utf8("{\"query\":\"{ stats { nodes } }\"}"), contentType);

        Assert.Equal(415, answer.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.Code);
        Assert.Matches("application/json|UTF-8", answer.Message);
    }

    [Fact]
    public async Task A_mutation_sent_with_get_gets_405_allowing_post_and_writes_nothing()
    {
        var client = factory.CreateClient();
        var before = await NodeCountAsync(client);
        var query = Uri.EscapeDataString("mutation { registerClue(input: { code: \"GET-1\", source: LETTER, receivedOn: \"2026-01-05\", summary: \"s\", problems: [INTEGRITY_DISCIPLINE], subjects: [] }) { id } }");

        var answer = await client.SendRawAsync(HttpMethod.Get, "/graphql?query=" + query, null, null);

        Assert.Equal(405, answer.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", answer.Code);
        Assert.Contains("POST", answer.ContentHeaders!.Allow);
        Assert.Equal(before, await NodeCountAsync(client));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_with_a_json_error(string method)
    {
        var answer = await factory.CreateClient().SendRawAsync(new HttpMethod(method), "/graphql", RawRequests.Utf8("{\"query\":\"{ stats { nodes } }\"}"), "application/json");

        Assert.Equal(405, answer.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", answer.Code);
        Assert.Contains(method, answer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    public async Task Invalid_utf8_inside_a_json_string_gets_400_not_a_server_error(byte[] bad)
    {
        // Found by `clues fuzz http`: JSON parsing accepted the bytes and reading the string failed later, as a 500.
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\"王").Concat(bad).Concat(Encoding.UTF8.GetBytes("\\\") { rank } }\"}")).ToArray();

        var answer = await factory.CreateClient().SendRawAsync(HttpMethod.Post, "/graphql", body, "application/json");

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.Code);
        Assert.Contains("UTF-8", answer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\": 5}", "\"query\"")]
    [InlineData("[{\"query\":\"{ stats { nodes } }\"}]", "Batched")]
    [InlineData("{\"query\":\"{ stats { nodes } }\",\"variables\":[]}", "\"variables\"")]
    [InlineData("{\"query\":\"{ stats { nodes } \"", "not valid JSON")]
    public async Task A_malformed_json_envelope_gets_400_naming_the_problem(string body, string named)
    {
        var answer = await factory.CreateClient().SendRawAsync(HttpMethod.Post, "/graphql", RawRequests.Utf8(body), "application/json");

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.Code);
        Assert.Contains(named, answer.Message, StringComparison.Ordinal);
    }

    private static async Task<long> NodeCountAsync(HttpClient client)
    {
        var (_, body) = await client.PostGraphQLAsync("{ stats { nodes } }");
        return body.Data().GetProperty("stats").GetProperty("nodes").GetInt64();
    }
}
