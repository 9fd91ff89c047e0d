using System.Text;
using System.Text.Encodings.Web;
using Clues.Api.Explorer;

// ASP.NET Core's own Map* extensions live in this namespace, which the Web SDK imports implicitly; MapClues can
// then map the explorer without a using of its own.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the graph explorer page (关系图谱): a browser client of the GraphQL API, bundled into this assembly.</summary>
public static class ExplorerEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Only this origin may provide scripts, styles and connections; nothing is inlined. <c>img-src data: blob:</c>
    /// is there for cytoscape, which may draw textures from canvases it encodes as data or blob URLs. The exports are
    /// blob: downloads, which CSP does not govern.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Serves the explorer at <paramref name="path"/> (the page at <c>path/</c>, its script and stylesheet beside it),
    /// talking to the GraphQL endpoint at <paramref name="graphQLPath"/>.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="path">Where the page lives, e.g. <c>/explorer</c>.</param>
    /// <param name="graphQLPath">The GraphQL endpoint the page queries, e.g. <c>/graphql</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints, string path = "/explorer", string graphQLPath = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(graphQLPath);
        var root = "/" + path.Trim('/');
        var assets = ExplorerAssets.Shared;

        // Route templates ignore a trailing slash, so this endpoint gets both /explorer and /explorer/. The page's
        // relative links (explorer.js) need the slash, so the bare form is redirected to it.
        endpoints.MapMethods(root, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
        {
            var request = context.Request;
            if (!request.Path.Value!.EndsWith('/'))
            {
                return Results.Redirect(request.PathBase + root + "/" + request.QueryString, permanent: false);
            }

            SetPageHeaders(context.Response);
            if (!assets.IsAvailable)
            {
                return Results.Content(
                    "<!doctype html><meta charset=\"utf-8\"><title>图谱页面不可用</title>" +
                    "<p>The explorer was not bundled into this build. Build Clues.Api with Node.js 20+ on the PATH " +
                    "(the build runs npm ci and node build.mjs in src/Clues.Api/Explorer).</p>",
                    "text/html; charset=utf-8",
                    Encoding.UTF8,
                    StatusCodes.Status503ServiceUnavailable);
            }

            var page = Page(assets, request.PathBase + graphQLPath);
            return Results.Bytes(page, "text/html; charset=utf-8", entityTag: ExplorerAssets.ETagOf(page));
        }).ExcludeFromDescription();

        endpoints.MapMethods(root + "/{file}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string file) =>
        {
            // index.html is a template; it is only served through the page endpoint above.
            if (file == "index.html" || !assets.Files.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }

            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // The file names carry no content hash, so browsers must revalidate; the ETag makes that a 304.
            headers.CacheControl = "no-cache";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: asset.ETag);
        }).ExcludeFromDescription();

        return endpoints;
    }

    private static void SetPageHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
    }

    /// <summary>The page with the GraphQL endpoint filled in (a data attribute, so no inline script is needed).</summary>
    private static byte[] Page(ExplorerAssets assets, string graphQLPath)
    {
        var template = Encoding.UTF8.GetString(assets.Files["index.html"].Content);
        return Encoding.UTF8.GetBytes(template.Replace("{{graphql}}", HtmlEncoder.Default.Encode(graphQLPath), StringComparison.Ordinal));
    }
}
