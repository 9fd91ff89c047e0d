using System.Text;
using System.Text.Json;

namespace Clues.Handover.Inbox;

/// <summary>
/// The inbox register (收件登记簿): one JSON line per package received, appended under an exclusive lock and flushed
/// to disk before the import reports success, so the register never claims less than the inbox holds.
/// </summary>
internal static class InboxRegister
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task AppendAsync(string path, InboxReceipt receipt, CancellationToken cancellationToken)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(receipt, Json) + "\n");
        await using var file = await OpenExclusiveAsync(path, FileMode.Append, FileAccess.Write, cancellationToken).ConfigureAwait(false);
        await file.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
    }

    public static async Task<IReadOnlyList<InboxReceipt>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var receipts = new List<InboxReceipt>();
        await using var file = await OpenExclusiveAsync(path, FileMode.Open, FileAccess.Read, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(file, Encoding.UTF8);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                receipts.Add(JsonSerializer.Deserialize<InboxReceipt>(line, Json)
                    ?? throw new JsonException("the line holds null"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path} line {lineNumber} is not a receipt ({e.Message}); restore the register from a backup or remove the damaged line.", e);
            }
        }

        return receipts;
    }

    private static async Task<FileStream> OpenExclusiveAsync(string path, FileMode mode, FileAccess access, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, mode, access, FileShare.None, 4096, useAsync: true);
            }
            catch (IOException) when (attempt < 100 && File.Exists(path))
            {
                // Another import is appending its line; it holds the file for a moment only.
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
