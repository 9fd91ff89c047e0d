using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clues.Core.Identifiers;

/// <summary>Writes an identifier as its string and checks it again when read, so stored data cannot smuggle in a bad one.</summary>
internal sealed class IdentifierJsonConverter<T> : JsonConverter<T> where T : class, IIdentifier<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return T.TryParse(text, out var value, out var error) ? value : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
