using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clues.GraphQL.Http.GraphiQL;

namespace Clues.GraphQL.Tests.Http;

/// <summary>Example operations given to the engine reach the page as GraphiQL tab definitions.</summary>
public sealed partial class GraphiQLExampleTabsTests
{
    [Fact]
    public async Task Examples_are_rendered_as_tabs_in_order_with_their_titles_and_variables()
    {
        await using var server = await TestGraphQLServer.StartAsync("Development", o =>
        {
            o.GraphiQLExamples.Add(new GraphiQLExample("第一个 \"例子\"", "query First { __typename }", "{\"id\": \"<x>\"}"));
            o.GraphiQLExamples.Add(new GraphiQLExample("Second", "# Already titled\nquery Second { __typename }"));
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await server.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var attribute = TabsAttribute().Match(html);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(attribute.Success, html);
        using var tabs = JsonDocument.Parse(WebUtility.HtmlDecode(attribute.Groups[1].Value));
        var list = tabs.RootElement.EnumerateArray().ToList();

        Assert.Equal(2, list.Count);
        Assert.Equal("# 第一个 \"例子\"\nquery First { __typename }", list[0].GetProperty("query").GetString());
        Assert.Equal("{\"id\": \"<x>\"}", list[0].GetProperty("variables").GetString());
        Assert.Equal("# Already titled\nquery Second { __typename }", list[1].GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("variables").ValueKind);
        Assert.DoesNotContain("<x>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_examples_the_page_has_no_tabs_attribute()
    {
        await using var server = await TestGraphQLServer.StartAsync("Development");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await server.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("data-tabs", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-tabs=\"([^\"]*)\"")]
    private static partial Regex TabsAttribute();
}
