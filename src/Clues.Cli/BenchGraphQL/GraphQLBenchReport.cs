using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clues.Cli.BenchGraphQL;

/// <summary>The result of <c>clues bench graphql</c>: the one JSON object printed with --json.</summary>
internal sealed record GraphQLBenchReport(IReadOnlyDictionary<string, QueryReport> Queries, BenchSettingsReport Settings)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>True when every query ran on both sides without errors and the answers agreed.</summary>
    public bool Succeeded => Queries.Values.All(q => q.Clues.Error is null && q.GraphqlJs.Error is null && q.Ratio is not null);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
