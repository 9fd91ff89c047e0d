using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Clues.GraphQL.Http.GraphiQL;

/// <summary>
/// The GraphiQL bundle (built by <c>build.mjs</c> at compile time) embedded in this assembly under
/// <c>GraphiQL/</c>, served with ETags and, where the build made one, a gzip variant.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string Prefix = "GraphiQL/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".ttf"] = "font/ttf",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private readonly Assembly _assembly;
    private readonly HashSet<string> _files;
    private readonly ConcurrentDictionary<string, string> _etags = new(StringComparer.Ordinal);

    private GraphiQLAssets(Assembly assembly)
    {
        _assembly = assembly;
        _files = new HashSet<string>(
            assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]),
            StringComparer.Ordinal);
    }

    /// <summary>The bundle embedded in this assembly.</summary>
    public static GraphiQLAssets Shared { get; } = new(typeof(GraphiQLAssets).Assembly);

    /// <summary>False when the assembly was built without the bundle (e.g. <c>-p:CluesSkipGraphiQL=true</c>).</summary>
    public bool IsAvailable => _files.Contains("index.js") && _files.Contains("index.css");

    public async Task ServeAsync(HttpContext context, string? file)
    {
        var response = context.Response;
        var extension = Path.GetExtension(file ?? string.Empty);
        if (string.IsNullOrEmpty(file) || !_files.Contains(file) || !ContentTypes.TryGetValue(extension, out var contentType))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var served = file;
        if (_files.Contains(file + ".gz") && AcceptsGzip(context.Request))
        {
            served = file + ".gz";
            response.Headers.ContentEncoding = "gzip";
        }

        var etag = _etags.GetOrAdd(served, ComputeETag);
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.ETag = etag;
        // The file names carry no content hash, so browsers must revalidate; the ETag makes that a 304.
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.Headers.ContentEncoding = default;
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await using var stream = Open(served);
        response.ContentType = contentType;
        response.ContentLength = stream.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var encodings))
        {
            return false;
        }

        foreach (var encoding in encodings)
        {
            if (encoding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (encoding.Quality ?? 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private Stream Open(string file) =>
        _assembly.GetManifestResourceStream(Prefix + file)
        ?? throw new InvalidOperationException($"The embedded GraphiQL asset '{file}' is missing.");

    private string ComputeETag(string file)
    {
        using var stream = Open(file);
        var hash = SHA256.HashData(stream);
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + "\"";
    }
}
