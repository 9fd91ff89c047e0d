using System.Text.Json;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;

namespace Clues.Cli.GraphQLBatch;

/// <summary>Runs one case line through parse, validate and execute, stopping at the first phase that reports errors.</summary>
internal sealed class CaseRunner
{
    // graphql-js has no token limit by default; the nesting limit stays because it guards this process's stack.
    private static readonly ParseOptions Parsing = new() { MaxTokens = null };

    // The oracle validates with specifiedRules only, so the engine's server limits (depth, fields, cost,
    // operation count) are off here; they are not part of the specification.
    private static readonly ValidationOptions Validation = new()
    {
        MaxDepth = null,
        MaxFields = null,
        MaxCost = null,
        MaxOperationsPerDocument = null,
    };

    private readonly SchemaCache _schemas;

    public CaseRunner(SchemaCache schemas)
    {
        _schemas = schemas;
    }

    public async Task<CaseOutcome> RunAsync(string line, int lineNumber, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return CaseOutcome.Failed(null, "input", $"Line {lineNumber} is not JSON: {e.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            JsonElement? id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("sdl", out var sdl) || sdl.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                return CaseOutcome.Failed(id, "input", $"Line {lineNumber} needs string \"sdl\" and \"query\" properties.");
            }

            try
            {
                return await RunCaseAsync(id, root, sdl.GetString()!, query.GetString()!, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
            {
                // Malformed case fields (e.g. a string that is not valid UTF-16, operationName of the wrong type).
                return CaseOutcome.Failed(id, "input", $"Line {lineNumber}: {e.Message}");
            }
        }
    }

    private async Task<CaseOutcome> RunCaseAsync(JsonElement? id, JsonElement root, string sdl, string query, CancellationToken cancellationToken)
    {
        var schema = _schemas.Get(sdl);
        if (schema.Schema is null)
        {
            return new CaseOutcome(id, "schema", [.. schema.Errors.Select(message => new CaseError(message, [], null))]);
        }

        Document document;
        try
        {
            document = Parser.Parse(query, Parsing);
        }
        catch (GraphQLSyntaxException e)
        {
            return new CaseOutcome(id, "parse", [new CaseError(e.Message, [.. e.Locations.Select(l => (l.Line, l.Column))], null)]);
        }
#pragma warning disable CA1031 // An engine exception must become a visible "crash" outcome for this case, not end the batch.
        catch (Exception e)
        {
            return Crash(id, "Parser", e);
        }

        IReadOnlyList<GraphQLError> validationErrors;
        try
        {
            validationErrors = DocumentValidator.Validate(schema.Schema, document, Validation);
        }
        catch (Exception e)
        {
            return Crash(id, "DocumentValidator", e);
        }

        if (validationErrors.Count > 0)
        {
            return new CaseOutcome(id, "validate", [.. validationErrors.Select(e => new CaseError(e.Message, [.. e.Locations.Select(l => (l.Line, l.Column))], null))]);
        }

        var request = new ExecutionRequest
        {
            Schema = schema.Schema,
            Document = document,
            OperationName = OptionalString(root, "operationName"),
            VariableValues = root.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                ? (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(variables)!
                : null,
            RootValue = root.TryGetProperty("root", out var rootValue) ? JsonValues.ToPlain(rootValue) : null,
            CancellationToken = cancellationToken,
        };

        ExecutionResult result;
        try
        {
            result = await Executor.ExecuteAsync(request).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return Crash(id, "Executor", e);
        }
#pragma warning restore CA1031

        return FromResponse(id, result);
    }

    private static string? OptionalString(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Reads the engine's own JSON serialization, so the harness also checks what an HTTP client would receive.
    private static CaseOutcome FromResponse(JsonElement? id, ExecutionResult result)
    {
        using var response = JsonDocument.Parse(result.ToJson());
        var errors = new List<CaseError>();
        if (response.RootElement.TryGetProperty("errors", out var errorArray))
        {
            foreach (var error in errorArray.EnumerateArray())
            {
                var locations = new List<(int, int)>();
                if (error.TryGetProperty("locations", out var locationArray))
                {
                    foreach (var location in locationArray.EnumerateArray())
                    {
                        locations.Add((location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()));
                    }
                }

                JsonElement? path = error.TryGetProperty("path", out var pathElement) ? pathElement.Clone() : null;
                errors.Add(new CaseError(error.GetProperty("message").GetString() ?? string.Empty, locations, path));
            }
        }

        var hasData = response.RootElement.TryGetProperty("data", out var data);
        return new CaseOutcome(id, "execute", errors, hasData ? data.Clone() : null, hasData);
    }

    private static CaseOutcome Crash(JsonElement? id, string component, Exception e)
        => CaseOutcome.Failed(id, "crash", $"{component} threw {e.GetType().FullName}: {e.Message}");
}
