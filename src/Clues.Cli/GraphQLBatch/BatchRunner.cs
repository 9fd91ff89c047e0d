using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clues.Cli.GraphQLBatch;

/// <summary>
/// Streams cases from a JSONL input to a JSONL output, one result line per non-blank input line, so corpora of
/// any size run in constant memory and a consumer can read results while later cases are still running.
/// </summary>
internal sealed class BatchRunner
{
    // Non-ASCII stays readable in the output; the consumer is a JSON parser, never HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly CaseRunner _cases = new(new SchemaCache());

    public async Task RunAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var reader = new StreamReader(input, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var outcome = await _cases.RunAsync(line, lineNumber, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                outcome.WriteTo(writer);
            }

            buffer.Write("\n"u8);
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);

            // Flushing per line keeps the tool usable interactively and lets a reader pair input and output lines.
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
