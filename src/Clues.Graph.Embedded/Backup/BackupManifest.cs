using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clues.Graph.Embedded.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup folder: when and from where it was taken, every file with its hash, and the store's
/// counts. It is written last, so a folder without it is an unfinished backup.
/// </summary>
/// <param name="Version">Manifest format version (1).</param>
/// <param name="CreatedAt">When the backup finished (UTC).</param>
/// <param name="Source">The data folder it was taken from.</param>
/// <param name="Files">The files, in the order they were copied.</param>
/// <param name="Stats">Counts taken from the copies.</param>
public sealed record BackupManifest(int Version, DateTimeOffset CreatedAt, string Source, IReadOnlyList<BackupFile> Files, BackupStats Stats)
{
    /// <summary>The manifest's file name in a backup folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads <c>manifest.json</c> from a backup folder.</summary>
    /// <param name="backupDirectory">The backup folder.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="BackupException">The folder holds no readable manifest.</exception>
    public static async Task<BackupManifest> ReadAsync(string backupDirectory, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(backupDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"'{backupDirectory}' is not a finished backup: it has no {FileName}. Point at a folder made by `clues backup`.");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken).ConfigureAwait(false);
            return manifest is { Version: 1, Files: not null, Stats: not null }
                ? manifest
                : throw new BackupException($"{path} is not a version 1 backup manifest.");
        }
        catch (JsonException e)
        {
            throw new BackupException($"{path} is unreadable: {e.Message}", e);
        }
    }
}
