using System.Text.Json;
using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Migration;

/// <summary>
/// How far a copy got: the phase (<c>nodes</c>, <c>relationships</c> or <c>done</c>), the last node id
/// finished in it, what has been copied, and the target it was copying to. Saved after every batch.
/// </summary>
internal sealed record MigrationCheckpoint(string Target, string Phase, string? AfterId, long NodesCopied, long RelationshipsCopied)
{
    public const string NodesPhase = "nodes";
    public const string RelationshipsPhase = "relationships";
    public const string DonePhase = "done";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<MigrationCheckpoint?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<MigrationCheckpoint>(stream, Json, cancellationToken).ConfigureAwait(false)
                ?? throw new GraphStoreException($"The migration checkpoint '{path}' is empty. Delete it (or pass --restart) to copy from the beginning.");
        }
        catch (JsonException ex)
        {
            throw new GraphStoreException($"The migration checkpoint '{path}' is not readable JSON. Delete it (or pass --restart) to copy from the beginning.", ex);
        }
    }

    /// <summary>Writes to a temporary file and renames it, so a killed copy leaves the old or the new checkpoint, never half of one.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
