using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Clues.Api.Explorer;

/// <summary>
/// The explorer bundle (built by <c>Explorer/build.mjs</c> at compile time) embedded in this assembly under
/// <c>Explorer/</c>. The files are small (about half a megabyte together), so they are read once into memory with
/// a content-hash ETag each; <c>Results.Bytes</c> then answers conditional requests with 304.
/// </summary>
internal sealed class ExplorerAssets
{
    private const string Prefix = "Explorer/";

    private ExplorerAssets(Assembly assembly)
    {
        var types = new FileExtensionContentTypeProvider();
        var files = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var contentType = types.TryGetContentType(name, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            files[name] = new Asset(content, contentType, ETagOf(content));
        }

        Files = files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The bundle embedded in this assembly, read on first use.</summary>
    public static ExplorerAssets Shared => LazyShared.Value;

    private static readonly Lazy<ExplorerAssets> LazyShared = new(() => new ExplorerAssets(typeof(ExplorerAssets).Assembly));

    /// <summary>The embedded files by name (<c>explorer.js</c>, <c>explorer.css</c>, <c>index.html</c>).</summary>
    public FrozenDictionary<string, Asset> Files { get; }

    /// <summary>False when the assembly was built without the bundle (e.g. <c>-p:CluesSkipExplorer=true</c>).</summary>
    public bool IsAvailable => Files.ContainsKey("index.html") && Files.ContainsKey("explorer.js") && Files.ContainsKey("explorer.css");

    public static EntityTagHeaderValue ETagOf(byte[] content) =>
        new("\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12)) + "\"");

    /// <summary>One embedded file.</summary>
    public sealed record Asset(byte[] Content, string ContentType, EntityTagHeaderValue ETag);
}
