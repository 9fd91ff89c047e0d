using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clues.Graph.Embedded.Audit;

/// <summary>Reads and atomically replaces <c>audit.head</c>.</summary>
internal static class AuditAnchorFile
{
    public const string Extension = ".head";

    /// <summary>The anchor file that belongs to a log file: <c>audit.db</c> → <c>audit.head</c> in the same folder.</summary>
    public static string PathFor(string auditDatabase) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(auditDatabase))!, Path.GetFileNameWithoutExtension(auditDatabase) + Extension);

    /// <summary>Reads the anchor; null when the file does not exist.</summary>
    /// <exception cref="FormatException">The file exists but is not a valid anchor.</exception>
    public static AuditAnchor? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        try
        {
            var json = JsonNode.Parse(text)?.AsObject() ?? throw new FormatException("empty");
            if ((int?)json["version"] != 1)
            {
                throw new FormatException("unknown version");
            }

            var hash = (string?)json["hash"] ?? throw new FormatException("no hash");
            return new AuditAnchor(
                (long?)json["sequence"] ?? throw new FormatException("no sequence"),
                hash,
                (long?)json["since"] ?? 0,
                AuditChain.ParseTime((string?)json["writtenAt"] ?? throw new FormatException("no time")),
                (string?)json["keyId"],
                (string?)json["mac"]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"The audit anchor '{path}' is unreadable ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Replaces the anchor atomically: write a temporary file, flush it to disk, rename it over the old one. A crash
    /// leaves either the old or the new anchor, never a torn one; an old anchor is harmless because the log only grows.
    /// </summary>
    public static void Write(string path, AuditAnchor anchor)
    {
        var json = new JsonObject
        {
            ["version"] = 1,
            ["sequence"] = anchor.Sequence,
            ["hash"] = anchor.Hash,
            ["since"] = anchor.Since,
            ["writtenAt"] = AuditChain.FormatTime(anchor.WrittenAt),
            ["keyId"] = anchor.KeyId,
            ["mac"] = anchor.Mac,
        };
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString() + "\n"));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
