using System.Globalization;
using System.Text.Json.Nodes;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Core.Sealing;
using Clues.Graph.Embedded.Sealing;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.BenchCrash;

/// <summary>
/// Clue registration in the order the API's <c>registerClue</c> uses: the reporter identity is sealed first (the sealed
/// store audits the act before it stores), then the clue and its link to the subject are written as one graph batch.
/// A clue is acknowledged only when all three stores hold their part.
/// </summary>
internal static class ClueWorkload
{
    /// <summary>Registers clues <c>crash-clue-RUN-0</c>, <c>-1</c>, ... until killed.</summary>
    public static async Task RunChildAsync(string data, long run, TextWriter output, CancellationToken cancellationToken)
    {
        using var sealingKey = CrashFixture.SealingKeyFor(data);
        using var auditKey = CrashFixture.AuditKeyFor(data);
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(data), null, cancellationToken);
        await using var audit = CrashFixture.OpenAudit(data, auditKey);
        using var sealedStore = SqliteSealedReporterStore.Open(Path.Combine(data, "sealed.db"), sealingKey, audit, AccessPolicy.Default);
        var clerk = CrashFixture.Actor(Role.OfficeStaff);
        var county = DivisionCode.Parse(CrashFixture.County);
        if ((await store.GetNodesAsync([CrashFixture.SubjectId], cancellationToken)).Count == 0)
        {
            await store.WriteAsync(
                new GraphBatch { Nodes = [new NodeRecord(CrashFixture.SubjectId, NodeLabel.Person, "被反映人", null, [])] },
                cancellationToken);
        }

        await output.WriteLineAsync(CrashFixture.OpenLine);
        var builder = new GraphBatchBuilder();
        for (var i = 0; ; i++)
        {
            var id = ClueId(run, i);
            await sealedStore.PutAsync(id, county, Reporter(id), clerk, "registerClue " + id, cancellationToken);
            var clue = new Clue(id, id, ClueSource.Letter, new DateOnly(2026, 3, 1), "崩溃测试线索", [ProblemType.IntegrityDiscipline], ClueStatus.Registered, [], true);
            builder.Remember(CrashFixture.SubjectId, NodeLabel.Person);
            builder.Add(clue).Link(RelType.Concerns, id, CrashFixture.SubjectId, properties: new JsonObject { ["role"] = "Primary" });
            await store.WriteAsync(builder.Build(), cancellationToken);
            await output.WriteLineAsync(CrashFixture.AckPrefix + AckPrefix + id);
        }
    }

    /// <summary>The prefix of this workload's acknowledgement ids.</summary>
    public const string AckPrefix = "clue:";

    /// <summary>
    /// Checks that every acknowledged clue is in the graph with its subject link, its sealed identity decrypts to the
    /// one registered, and the sealing was audited.
    /// </summary>
    public static async Task CheckAsync(string data, EmbeddedGraphStore store, IReadOnlyCollection<string> acknowledged, CrashTally tally, CancellationToken cancellationToken)
    {
        if (acknowledged.Count == 0)
        {
            return;
        }

        var ids = acknowledged.Select(a => a[AckPrefix.Length..]).ToList();
        var nodes = (await store.GetNodesAsync(ids, cancellationToken)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var audited = SealingsAudited(Path.Combine(data, "audit.db"));
        using var sealingKey = CrashFixture.SealingKeyFor(data);
        using var auditKey = CrashFixture.AuditKeyFor(data);
        await using var audit = CrashFixture.OpenAudit(data, auditKey);
        using var sealedStore = SqliteSealedReporterStore.Open(Path.Combine(data, "sealed.db"), sealingKey, audit, AccessPolicy.Default);
        var clerk = CrashFixture.Actor(Role.OfficeStaff);
        foreach (var id in ids)
        {
            if (!nodes.Contains(id))
            {
                tally.Lost($"clue {id} was acknowledged but is not in graph.db.");
            }
            else if (await store.GetRelationshipAsync(GraphBatchBuilder.IdOf(RelType.Concerns, id, CrashFixture.SubjectId), cancellationToken) is null)
            {
                tally.Lost($"clue {id} is in graph.db without its link to the subject.");
            }

            var identity = await sealedStore.GetAsync(id, clerk, "crash harness check", cancellationToken);
            if (identity is null)
            {
                tally.Lost($"clue {id} was acknowledged but sealed.db holds no reporter identity for it.");
            }
            else if (identity != Reporter(id))
            {
                tally.Corrupt($"sealed.db: the identity sealed for clue {id} decrypts to something else.");
            }

            if (!audited.Contains(id))
            {
                tally.Lost($"clue {id} was acknowledged but audit.db has no SealReporterIdentity entry for it.");
            }
        }
    }

    private static string ClueId(long run, int index) => string.Create(CultureInfo.InvariantCulture, $"crash-clue-{run}-{index}");

    private static ReporterIdentity Reporter(string clueId) => new("举报人" + clueId, "1380000" + clueId.Length.ToString(CultureInfo.InvariantCulture), null, null);

    private static HashSet<string> SealingsAudited(string auditFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT target_id FROM audit WHERE action = 'SealReporterIdentity'";
        using var rows = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (rows.Read())
        {
            ids.Add(rows.GetString(0));
        }

        return ids;
    }
}
