using System.Text.Json;

namespace Clues.Cli.GraphQLBatch;

/// <summary>An error in the batch's normalized shape: locations always present (maybe empty), path null when absent.</summary>
internal sealed record CaseError(string Message, IReadOnlyList<(int Line, int Column)> Locations, JsonElement? Path)
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        writer.WritePropertyName("locations");
        writer.WriteStartArray();
        foreach (var (line, column) in Locations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", line);
            writer.WriteNumber("column", column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("path");
        if (Path is { } path)
        {
            path.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
