using System.Net;

namespace Clues.GraphQL.Tests.Http;

/// <summary>The GraphiQL page and its embedded files, served without a CDN.</summary>
public sealed class GraphiQLEndpointTests
{
    [Fact]
    public async Task A_browser_gets_the_page_with_a_strict_content_security_policy_in_development()
    {
        await using var server = await TestGraphQLServer.StartAsync("Development", o => o.GraphiQLHeaders["Authorization"] = "Bearer <dev token>");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await server.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        Assert.Contains("src=\"/graphql/_graphiql/index.js\"", html, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("data-headers=\"{&quot;Authorization&quot;:&quot;Bearer \\u003Cdev token\\u003E&quot;}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.js", "text/javascript")]
    [InlineData("index.css", "text/css")]
    [InlineData("editor.worker.js", "text/javascript")]
    [InlineData("json.worker.js", "text/javascript")]
    [InlineData("graphql.worker.js", "text/javascript")]
    public async Task The_bundle_is_embedded_and_served_with_etags_and_gzip(string file, string mediaType)
    {
        await using var server = await TestGraphQLServer.StartAsync("Development");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/_graphiql/" + file);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        using var response = await server.Client.SendAsync(request);
        var etag = response.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql/_graphiql/" + file);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        again.Headers.IfNoneMatch.Add(etag!);
        using var revalidated = await server.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.MediaType());
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(response.Content.Headers.ContentLength > 1000);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Unknown_files_are_404()
    {
        await using var server = await TestGraphQLServer.StartAsync("Development");

        using var response = await server.Client.GetAsync("/graphql/_graphiql/secrets.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
