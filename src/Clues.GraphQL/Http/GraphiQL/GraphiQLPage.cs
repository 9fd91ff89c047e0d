using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clues.GraphQL.Http.GraphiQL;

/// <summary>
/// The GraphiQL HTML page for one endpoint. It carries its settings in <c>data-*</c> attributes (endpoint,
/// default headers, default query) rather than an inline script, so the Content-Security-Policy can forbid
/// inline scripts altogether.
/// </summary>
internal sealed class GraphiQLPage(string endpointPath, GraphQLHttpOptions options, GraphiQLAssets assets)
{
    /// <summary>The folder, below the endpoint, that serves the bundle.</summary>
    public const string AssetFolder = "_graphiql";

    /// <summary>
    /// Only this origin may provide scripts, workers, styles, fonts and connections. Two relaxations, both
    /// needed by Monaco (the editor inside GraphiQL) and checked by the headless-browser test, which fails on
    /// any CSP violation:
    /// <list type="bullet">
    /// <item><c>style-src 'unsafe-inline'</c>: Monaco and GraphiQL create <c>&lt;style&gt;</c> elements and style
    /// attributes at run time (editor themes, decorations, layout), which a nonce cannot cover.</item>
    /// <item><c>font-src data:</c> and <c>img-src data:</c>: GraphiQL's stylesheet inlines its fonts and icons as
    /// data URLs.</item>
    /// </list>
    /// No <c>'unsafe-eval'</c> and no <c>'wasm-unsafe-eval'</c>: the bundle and the Monaco workers do not evaluate
    /// strings as code. No <c>blob:</c>: workers are loaded from this origin as plain scripts.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
        "manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public async Task WritePageAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        response.ContentType = "text/html; charset=utf-8";
        if (!assets.IsAvailable)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await response.WriteAsync(
                    "<!doctype html><meta charset=\"utf-8\"><title>GraphiQL unavailable</title>" +
                    "<p>GraphiQL was not bundled into this build. Build Clues.GraphQL with Node.js 20+ on the PATH " +
                    "(the build runs npm ci and node build.mjs in src/Clues.GraphQL/Http/GraphiQL).</p>",
                    context.RequestAborted)
                .ConfigureAwait(false);
            return;
        }

        await response.WriteAsync(Render(context.Request.PathBase + endpointPath), context.RequestAborted).ConfigureAwait(false);
    }

    public Task ServeAssetAsync(HttpContext context) =>
        assets.ServeAsync(context, context.GetRouteValue("file") as string);

    private string Render(string endpoint)
    {
        var html = HtmlEncoder.Default;
        var assetBase = endpoint.TrimEnd('/') + "/" + AssetFolder + "/";
        var headers = options.GraphiQLHeaders.Count > 0 ? JsonSerializer.Serialize(options.GraphiQLHeaders) : null;
        var page = new StringBuilder(1024);
        page.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(html.Encode(options.GraphiQLTitle)).Append("</title>\n");
        page.Append("<link rel=\"stylesheet\" href=\"").Append(html.Encode(assetBase + "index.css")).Append("\">\n");
        page.Append("<script type=\"module\" src=\"").Append(html.Encode(assetBase + "index.js")).Append("\"></script>\n");
        page.Append("</head>\n<body>\n<div id=\"graphiql\" data-endpoint=\"").Append(html.Encode(endpoint)).Append('"');
        if (headers is not null)
        {
            page.Append(" data-headers=\"").Append(html.Encode(headers)).Append('"');
        }

        if (options.GraphiQLDefaultQuery is { } query)
        {
            page.Append(" data-default-query=\"").Append(html.Encode(query)).Append('"');
        }

        if (options.GraphiQLExamples.Count > 0)
        {
            // GraphiQL's TabDefinition shape, so the script can pass the list to defaultTabs as it is.
            var tabs = options.GraphiQLExamples.Select(e => new Dictionary<string, string?> { ["query"] = e.EditorText(), ["variables"] = e.Variables });
            page.Append(" data-tabs=\"").Append(html.Encode(JsonSerializer.Serialize(tabs))).Append('"');
        }

        page.Append(">Loading GraphiQL…</div>\n</body>\n</html>\n");
        return page.ToString();
    }
}
