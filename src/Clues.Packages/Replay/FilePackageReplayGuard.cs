using System.Globalization;
using System.Text;

namespace Clues.Packages.Replay;

/// <summary>
/// A replay guard kept in a text file, one line per package (<c>id TAB number TAB received-at</c>). The file is
/// opened exclusively for each check-and-record, so two importers on one machine cannot both accept the same package.
/// </summary>
public sealed class FilePackageReplayGuard(string path) : IPackageReplayGuard
{
    private readonly string path = Path.GetFullPath(path);

    /// <inheritdoc />
    public async Task<bool> TryRecordAsync(Guid packageId, string number, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(number);
        await using var file = await OpenExclusiveAsync(FileMode.OpenOrCreate, cancellationToken);
        if (await ContainsAsync(file, packageId, cancellationToken))
        {
            return false;
        }

        file.Seek(0, SeekOrigin.End);
        var line = string.Create(CultureInfo.InvariantCulture, $"{packageId:D}\t{Clean(number)}\t{receivedAt.UtcDateTime:O}\n");
        await file.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> HasSeenAsync(Guid packageId, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        await using var file = await OpenExclusiveAsync(FileMode.Open, cancellationToken);
        return await ContainsAsync(file, packageId, cancellationToken);
    }

    private static async Task<bool> ContainsAsync(FileStream file, Guid packageId, CancellationToken cancellationToken)
    {
        file.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var id = packageId.ToString("D");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<FileStream> OpenExclusiveAsync(FileMode mode, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, mode, FileAccess.ReadWrite, FileShare.None, 4096, useAsync: true);
            }
            catch (IOException) when (attempt < 100 && File.Exists(path))
            {
                // Another importer holds the file for its own check-and-record; wait our turn.
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
