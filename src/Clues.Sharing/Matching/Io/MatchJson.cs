using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clues.Sharing.Matching.Io;

/// <summary>JSON settings for match files: Chinese stays readable instead of \u escapes.</summary>
internal static class MatchJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
