using System.Net.Http.Headers;
using System.Text.Json;

namespace Clues.Api.Tests.BadInput;

/// <summary>What the API answered to a hand-made request: the status, the Allow header and the parsed body.</summary>
public sealed record RawAnswer(int Status, HttpContentHeaders? ContentHeaders, HttpResponseHeaders Headers, JsonElement Body)
{
    /// <summary>The first error's message; fails the test when there is none.</summary>
    public string Message => FirstError.GetProperty("message").GetString()!;

    /// <summary>The first error's extensions.code.</summary>
    public string? Code => FirstError.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    private JsonElement FirstError
    {
        get
        {
            Assert.True(Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0, $"Expected a GraphQL error, got HTTP {Status}: {Body}");
            return Body.GetProperty("errors")[0];
        }
    }
}
