using System.Globalization;

namespace Clues.Handover.Packaging;

/// <summary>
/// The next package serial number per year (文号), kept in <c>packages/sequence-YYYY</c> in the data directory. An
/// exclusive lock on <c>sequence-YYYY.lock</c> makes concurrent exports take distinct numbers; the number file is
/// replaced atomically, so a crash either keeps the old number or the new one, never a torn file (a number may be
/// skipped after a crash or a failed export, never given twice). The lock file is never deleted: deleting it on
/// close would let a waiting exporter lock the unlinked file while a third locks a new one.
/// </summary>
internal static class PackageSequence
{
    public static async Task<int> NextAsync(string dataDirectory, int year, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataDirectory, "packages");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"sequence-{year.ToString(CultureInfo.InvariantCulture)}");
        var lockPath = path + ".lock";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var gate = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                var last = File.Exists(path) && int.TryParse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                var next = last + 1;
                var temp = path + ".tmp";
                await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64, FileOptions.WriteThrough))
                {
                    await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(next.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
                    file.Flush(flushToDisk: true);
                }

                File.Move(temp, path, overwrite: true);
                return next;
            }
            catch (IOException) when (attempt < 200)
            {
                // Another export holds the lock; it keeps it for a few milliseconds.
                await Task.Delay(25, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
