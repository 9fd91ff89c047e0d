namespace Clues.Graph.Embedded.Backup;

/// <summary>One file of a backup as listed in its manifest.</summary>
/// <param name="Name">The file name inside the backup folder and the data folder (no directories).</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its content.</param>
public sealed record BackupFile(string Name, long Bytes, string Sha256);
