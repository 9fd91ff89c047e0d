using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clues.Cli.BenchGraphQL;

namespace Clues.Cli.Tests.BenchGraphQL;

/// <summary>Both servers, started for real, give the same answers to the three loaded queries.</summary>
public sealed class ServersAgreeTests
{
    [Fact]
    public async Task Our_server_and_graphql_js_answer_the_three_queries_alike()
    {
        BenchPrerequisites.RequireNodePeer();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var ours = await CluesBenchServer.StartAsync(timeout.Token);
        await using var theirs = await NodeBenchServer.StartAsync(null, timeout.Token);
        using var http = new HttpClient();

        foreach (var query in BenchQueries.All)
        {
            var body = WrkScript.RequestBody(query);
            var oursText = await PostAsync(http, ours.Endpoint, body, timeout.Token);
            var theirsText = await PostAsync(http, theirs.Endpoint, body, timeout.Token);

            Assert.Null(ResponseComparison.FirstDifference(oursText, theirsText, query.IsIntrospection));
            using var document = JsonDocument.Parse(oursText);
            Assert.False(document.RootElement.TryGetProperty("errors", out _), oursText);
        }
    }

    [Fact]
    public async Task The_nested_answer_has_the_stated_shape()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var ours = await CluesBenchServer.StartAsync(timeout.Token);
        using var http = new HttpClient();

        var text = await PostAsync(http, ours.Endpoint, WrkScript.RequestBody(BenchQueries.Nested), timeout.Token);

        using var document = JsonDocument.Parse(text);
        var top = document.RootElement.GetProperty("data").GetProperty("items");
        Assert.Equal(100, top.GetArrayLength());
        var count = 0;
        var deepest = "";
        foreach (var item in top.EnumerateArray())
        {
            count++;
            Assert.Equal(10, item.GetProperty("children").GetArrayLength());
            foreach (var child in item.GetProperty("children").EnumerateArray())
            {
                count++;
                Assert.Equal(10, child.GetProperty("children").GetArrayLength());
                foreach (var grandchild in child.GetProperty("children").EnumerateArray())
                {
                    count++;
                    deepest = grandchild.GetProperty("id").GetString()!;
                    Assert.Equal("Item " + deepest, grandchild.GetProperty("name").GetString());
                }
            }
        }

        Assert.Equal(BenchDefinition.ItemCount, count);
        Assert.Equal(11_100, count);
        Assert.Equal("100.10.10", deepest);
        Assert.True(Encoding.UTF8.GetByteCount(text) < 1024 * 1024, "the nested answer should stay under 1 MB");
    }

    private static async Task<string> PostAsync(HttpClient http, Uri endpoint, string body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(endpoint, content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{endpoint} answered {(int)response.StatusCode}: {text}");
        return text;
    }
}
