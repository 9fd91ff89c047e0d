using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clues.GraphQL.Execution;

/// <summary>
/// The result of an execution. <see cref="HasData"/> tells a request error (execution never started: no
/// <c>data</c> key at all) from an execution whose <c>data</c> became null.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The response data (an ordered map), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>True when execution started, so the response has a <c>data</c> entry (even if null).</summary>
    public bool HasData { get; init; }

    /// <summary>Errors, in the order they occurred; empty when none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>Entries for the response's <c>extensions</c>, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result for errors raised before execution started (no <c>data</c> entry).</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>The result.</returns>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };

    /// <summary>Writes the response object (<c>errors</c>, then <c>data</c>, then <c>extensions</c>, as graphql-js does).</summary>
    /// <param name="writer">The JSON writer.</param>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.Write(writer, this);

    /// <summary>Writes the response as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task completing when written and flushed.</returns>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new Utf8JsonWriter(stream, CompactOptions);
        ResultJsonWriter.Write(writer, this);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The response as a JSON string (non-ASCII text is not escaped).</summary>
    /// <param name="indented">Pretty-print when true.</param>
    /// <returns>The JSON.</returns>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            ResultJsonWriter.Write(writer, this);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <inheritdoc/>
    public override string ToString() => ToJson();
}
