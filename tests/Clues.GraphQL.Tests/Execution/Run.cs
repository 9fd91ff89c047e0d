using System.Text.Json;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Tests.Execution;

/// <summary>Small helpers to build a schema and execute a query in one line.</summary>
internal static class Run
{
    public static GraphQLSchema BuildSchema(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static Task<ExecutionResult> ExecuteAsync(GraphQLSchema schema, string query, string? variablesJson = null, object? root = null, string? operationName = null)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (variablesJson is not null)
        {
            using var document = JsonDocument.Parse(variablesJson);
            variables = (IReadOnlyDictionary<string, object?>)ToPlain(document.RootElement)!;
        }

        return Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            RootValue = root,
            OperationName = operationName,
        });
    }

    public static async Task<string> JsonAsync(GraphQLSchema schema, string query, string? variablesJson = null, object? root = null)
        => (await ExecuteAsync(schema, query, variablesJson, root)).ToJson();

    /// <summary>Normalizes JSON written with single quotes for readable expectations.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
