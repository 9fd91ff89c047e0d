using System.Net;
using System.Net.Http.Headers;

namespace Clues.Api.Tests.Explorer;

/// <summary>The explorer's HTTP surface: redirect to the folder form, strict CSP, embedded assets with ETags.</summary>
public sealed class ExplorerEndpointTests
{
    [Fact]
    public async Task Explorer_page_and_assets_are_served_from_the_assembly_with_a_strict_policy()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // The page's relative links need the trailing slash.
        using var bare = await client.GetAsync(new Uri("/explorer?x=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/explorer/?x=1", bare.Headers.Location?.OriginalString);

        using var page = await client.GetAsync(new Uri("/explorer/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        // The endpoint is filled in, and nothing is loaded from anywhere but this folder.
        Assert.Contains("data-graphql=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("搜索", html, StringComparison.Ordinal);

        using var script = await client.GetAsync(new Uri("/explorer/explorer.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "The bundle should contain cytoscape.");
        var etag = script.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/explorer/explorer.js");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var css = await client.GetAsync(new Uri("/explorer/explorer.css", UriKind.Relative));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        // The template is only served through the page; unknown names are not found.
        using var template = await client.GetAsync(new Uri("/explorer/index.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, template.StatusCode);
        using var missing = await client.GetAsync(new Uri("/explorer/secret.txt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
