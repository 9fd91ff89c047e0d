using System.Text.Json;

namespace Clues.Cli.BenchLoad;

/// <summary>One request of the mix: its kind, the bearer token of the role sending it, the JSON body, and what to do with the answer's data.</summary>
internal sealed record LoadRequest(string Kind, string Token, string Body, Action<JsonElement>? OnData = null);
