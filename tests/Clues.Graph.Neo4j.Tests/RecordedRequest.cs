using System.Text.Json;

namespace Clues.Graph.Neo4j.Tests;

/// <summary>A request the fixture handler received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Statement => Json.GetProperty("statement").GetString()!;

    /// <summary>A typed parameter's <c>_value</c>.</summary>
    public JsonElement Parameter(string name) => Json.GetProperty("parameters").GetProperty(name);
}
