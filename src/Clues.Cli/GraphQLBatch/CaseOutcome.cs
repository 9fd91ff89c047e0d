using System.Text.Json;

namespace Clues.Cli.GraphQLBatch;

/// <summary>One output line: where the case stopped, its errors, and the response data when execution started.</summary>
internal sealed class CaseOutcome
{
    public CaseOutcome(JsonElement? id, string phase, IReadOnlyList<CaseError> errors, JsonElement? data = null, bool hasData = false)
    {
        Id = id;
        Phase = phase;
        Errors = errors;
        Data = data;
        HasData = hasData;
    }

    /// <summary>The case's id as given (any JSON value), or null when the line had none.</summary>
    public JsonElement? Id { get; }

    /// <summary><c>input</c>, <c>schema</c>, <c>parse</c>, <c>validate</c>, <c>execute</c>, or <c>crash</c> (an engine exception escaped).</summary>
    public string Phase { get; }

    public IReadOnlyList<CaseError> Errors { get; }

    public JsonElement? Data { get; }

    /// <summary>False for request errors: the response then has no <c>data</c> entry at all, which differs from null data.</summary>
    public bool HasData { get; }

    public static CaseOutcome Failed(JsonElement? id, string phase, string message) => new(id, phase, [new CaseError(message, [], null)]);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        if (Id is { } id)
        {
            id.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("phase", Phase);
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        foreach (var error in Errors)
        {
            error.WriteTo(writer);
        }

        writer.WriteEndArray();
        if (HasData)
        {
            writer.WritePropertyName("data");
            if (Data is { } data)
            {
                data.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }
}
