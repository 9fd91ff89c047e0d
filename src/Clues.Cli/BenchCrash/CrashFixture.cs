using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Sealing;

namespace Clues.Cli.BenchCrash;

/// <summary>What parent and child agree on: where the stores and keys are, and who acts.</summary>
internal static class CrashFixture
{
    /// <summary>The county the actors work for.</summary>
    public const string County = "350102";

    /// <summary>The person every crash clue concerns.</summary>
    public const string SubjectId = "crash-subject";

    /// <summary>The line a child prints once its stores are open.</summary>
    public const string OpenLine = "open";

    /// <summary>The prefix of an acknowledgement line; the rest is the id of the committed write.</summary>
    public const string AckPrefix = "ACK ";

    /// <summary>The keys folder beside a data folder (never inside it).</summary>
    public static string KeysFor(string dataDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)) + "-keys";

    /// <summary>Creates the keys the children use, once.</summary>
    public static void EnsureKeys(string dataDirectory)
    {
        var keys = KeysFor(dataDirectory);
        Directory.CreateDirectory(keys);
        var sealing = Path.Combine(keys, "sealing.key");
        if (!File.Exists(sealing))
        {
            SealingKey.CreateFile(sealing).Dispose();
        }

        AuditAnchorKey.LoadOrCreate(Path.Combine(keys, AuditAnchorKey.FileName)).Dispose();
    }

    /// <summary>Loads the sealing key made by <see cref="EnsureKeys"/>.</summary>
    public static SealingKey SealingKeyFor(string dataDirectory) => SealingKey.Load(Path.Combine(KeysFor(dataDirectory), "sealing.key"));

    /// <summary>Loads the audit anchor key made by <see cref="EnsureKeys"/>.</summary>
    public static AuditAnchorKey AuditKeyFor(string dataDirectory) => AuditAnchorKey.Load(Path.Combine(KeysFor(dataDirectory), AuditAnchorKey.FileName));

    /// <summary>The audit log of a data folder, anchored and signed as the service would be.</summary>
    public static SqliteAuditLog OpenAudit(string dataDirectory, AuditAnchorKey key) =>
        SqliteAuditLog.Open(Path.Combine(dataDirectory, "audit.db"), AccessPolicy.Default, null, new AuditLogOptions { AnchorKey = key });

    /// <summary>A county principal holding <paramref name="roles"/>.</summary>
    public static Principal Actor(params Role[] roles) =>
        new(string.Join("+", roles).ToLowerInvariant() + "@" + County, "崩溃测试", roles.ToHashSet(), DivisionCode.Parse(County), JurisdictionLevel.County);
}
