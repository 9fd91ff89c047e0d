using System.Globalization;
using System.Text.Json;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;
using Microsoft.Data.Sqlite;

namespace Clues.Handover.Workflow;

/// <summary>
/// handover.db: the items (current state) and their append-only history. WAL with <c>synchronous=FULL</c>, and every
/// step one <c>BEGIN IMMEDIATE</c> transaction, so a killed process leaves either the step or nothing.
/// </summary>
internal sealed class HandoverStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS items (
            id              TEXT PRIMARY KEY,
            clue_id         TEXT NOT NULL,
            round_id        TEXT NOT NULL,
            round_end       TEXT NOT NULL,
            found_by_level  TEXT NOT NULL,
            found_by        TEXT NOT NULL,
            route           TEXT NOT NULL,
            level           TEXT NOT NULL,
            jurisdiction    TEXT NOT NULL,
            timing          TEXT NOT NULL,
            stub_only       INTEGER NOT NULL,
            problems        TEXT NOT NULL,
            table_version   TEXT NOT NULL,
            feedback_months INTEGER NOT NULL,
            summary         TEXT,
            state           TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            handed_over_at  TEXT,
            deadline        TEXT,
            received_at     TEXT,
            disposal        TEXT,
            outcome         TEXT,
            four_forms      TEXT,
            measures        TEXT,
            money_recovered TEXT,
            closed_at       TEXT,
            chase_count     INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX IF NOT EXISTS items_live ON items (round_id, clue_id, route, level, jurisdiction, timing)
            WHERE state <> 'WITHDRAWN';
        CREATE INDEX IF NOT EXISTS items_round ON items (round_id);
        CREATE INDEX IF NOT EXISTS items_state ON items (state);
        CREATE TABLE IF NOT EXISTS history (
            seq                INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id            TEXT NOT NULL REFERENCES items (id),
            kind               TEXT NOT NULL,
            from_state         TEXT,
            to_state           TEXT NOT NULL,
            actor_id           TEXT NOT NULL,
            actor_name         TEXT NOT NULL,
            actor_roles        TEXT NOT NULL,
            actor_jurisdiction TEXT NOT NULL,
            at                 TEXT NOT NULL,
            reason             TEXT,
            batch_id           TEXT
        );
        CREATE INDEX IF NOT EXISTS history_item ON history (item_id);
        CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
            BEGIN SELECT RAISE(ABORT, 'the handover history is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
            BEGIN SELECT RAISE(ABORT, 'the handover history is append-only'); END;
        """;

    private const string ItemColumns = """
        id, clue_id, round_id, round_end, found_by_level, found_by, route, level, jurisdiction, timing, stub_only, problems,
        table_version, feedback_months, summary, state, created_at, handed_over_at, deadline, received_at, disposal, outcome,
        four_forms, measures, money_recovered, closed_at, chase_count
        """;

    private static readonly Lock InitLock = new();
    private static bool _providerReady;

    private readonly string _connectionString;

    private HandoverStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
        }.ToString();
    }

    public static async Task<HandoverStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        lock (InitLock)
        {
            if (!_providerReady)
            {
                SQLitePCL.Batteries_V2.Init();
                _providerReady = true;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var store = new HandoverStore(path);
        await using var connection = await store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, Schema, cancellationToken).ConfigureAwait(false);
        return store;
    }

    public async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // FULL: a step reported as done survives a power cut, not only a killed process; steps are rare, so the fsync is cheap.
        await ExecuteAsync(connection, null, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, HandoverItem item, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO items ({ItemColumns}) VALUES ($id, $clue, $round, $roundEnd, $foundLevel, $foundBy, $route, $level, $jurisdiction,
                $timing, $stub, $problems, $version, $months, $summary, $state, $created, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)
            """;
        command.Parameters.AddWithValue("$id", item.Id);
        command.Parameters.AddWithValue("$clue", item.ClueId);
        command.Parameters.AddWithValue("$round", item.RoundId);
        command.Parameters.AddWithValue("$roundEnd", Date(item.RoundEnd));
        command.Parameters.AddWithValue("$foundLevel", WireNames.Of(item.FoundBy.Level));
        command.Parameters.AddWithValue("$foundBy", item.FoundBy.Jurisdiction.Value);
        command.Parameters.AddWithValue("$route", WireNames.Of(item.Recipient.Route));
        command.Parameters.AddWithValue("$level", WireNames.Of(item.Recipient.Level));
        command.Parameters.AddWithValue("$jurisdiction", item.Recipient.Jurisdiction.Value);
        command.Parameters.AddWithValue("$timing", WireNames.Of(item.Timing));
        command.Parameters.AddWithValue("$stub", item.StubOnly ? 1 : 0);
        command.Parameters.AddWithValue("$problems", JsonSerializer.Serialize(item.Problems.Select(p => new StoredProblem(WireNames.Of(p.Problem), p.RuleId, p.Basis)).ToList()));
        command.Parameters.AddWithValue("$version", item.TableVersion);
        command.Parameters.AddWithValue("$months", item.FeedbackMonths);
        command.Parameters.AddWithValue("$summary", (object?)item.Summary ?? DBNull.Value);
        command.Parameters.AddWithValue("$state", WireNames.Of(item.State));
        command.Parameters.AddWithValue("$created", Instant(item.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the item's mutable fields, guarded by its previous state so a lost race changes nothing.</summary>
    public static async Task<bool> UpdateAsync(SqliteConnection connection, SqliteTransaction transaction, HandoverItem item, HandoverState expected, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE items SET state = $state, handed_over_at = $handed, deadline = $deadline, received_at = $received, disposal = $disposal,
                outcome = $outcome, four_forms = $forms, measures = $measures, money_recovered = $money, closed_at = $closed, chase_count = $chases
            WHERE id = $id AND state = $expected
            """;
        command.Parameters.AddWithValue("$id", item.Id);
        command.Parameters.AddWithValue("$expected", WireNames.Of(expected));
        command.Parameters.AddWithValue("$state", WireNames.Of(item.State));
        command.Parameters.AddWithValue("$handed", Nullable(item.HandedOverAt is { } h ? Instant(h) : null));
        command.Parameters.AddWithValue("$deadline", Nullable(item.Deadline is { } d ? Date(d) : null));
        command.Parameters.AddWithValue("$received", Nullable(item.ReceivedAt is { } r ? Instant(r) : null));
        command.Parameters.AddWithValue("$disposal", Nullable(item.Disposal is { } m ? WireNames.Of(m) : null));
        command.Parameters.AddWithValue("$outcome", Nullable(item.Conclusion is { } c ? WireNames.Of(c.Outcome) : null));
        command.Parameters.AddWithValue("$forms", Nullable(item.Conclusion?.FourForms is { } f ? WireNames.Of(f) : null));
        command.Parameters.AddWithValue("$measures", Nullable(item.Conclusion is { } cm ? JsonSerializer.Serialize(cm.Measures.Select(WireNames.Of).ToList()) : null));
        command.Parameters.AddWithValue("$money", Nullable(item.Conclusion?.MoneyRecovered.ToString(CultureInfo.InvariantCulture)));
        command.Parameters.AddWithValue("$closed", Nullable(item.ClosedAt is { } x ? Instant(x) : null));
        command.Parameters.AddWithValue("$chases", item.ChaseCount);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public static async Task AppendHistoryAsync(SqliteConnection connection, SqliteTransaction transaction, HandoverHistoryEntry entry, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO history (item_id, kind, from_state, to_state, actor_id, actor_name, actor_roles, actor_jurisdiction, at, reason, batch_id)
            VALUES ($item, $kind, $from, $to, $actor, $name, $roles, $jurisdiction, $at, $reason, $batch)
            """;
        command.Parameters.AddWithValue("$item", entry.ItemId);
        command.Parameters.AddWithValue("$kind", entry.Kind);
        command.Parameters.AddWithValue("$from", Nullable(entry.From is { } f ? WireNames.Of(f) : null));
        command.Parameters.AddWithValue("$to", WireNames.Of(entry.To));
        command.Parameters.AddWithValue("$actor", entry.ActorId);
        command.Parameters.AddWithValue("$name", entry.ActorName);
        command.Parameters.AddWithValue("$roles", entry.ActorRoles);
        command.Parameters.AddWithValue("$jurisdiction", entry.ActorJurisdiction);
        command.Parameters.AddWithValue("$at", Instant(entry.At));
        command.Parameters.AddWithValue("$reason", Nullable(entry.Reason));
        command.Parameters.AddWithValue("$batch", Nullable(entry.BatchId));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<HandoverItem?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        var items = await QueryAsync(connection, transaction, "WHERE id = $p", id, cancellationToken).ConfigureAwait(false);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>Items of one round, or all items when <paramref name="roundId"/> is null, oldest first.</summary>
    public static Task<List<HandoverItem>> ListAsync(SqliteConnection connection, SqliteTransaction? transaction, string? roundId, CancellationToken cancellationToken) =>
        roundId is null
            ? QueryAsync(connection, transaction, "", null, cancellationToken)
            : QueryAsync(connection, transaction, "WHERE round_id = $p", roundId, cancellationToken);

    public static async Task<List<HandoverHistoryEntry>> HistoryAsync(SqliteConnection connection, string itemId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, item_id, kind, from_state, to_state, actor_id, actor_name, actor_roles, actor_jurisdiction, at, reason, batch_id
            FROM history WHERE item_id = $item ORDER BY seq
            """;
        command.Parameters.AddWithValue("$item", itemId);
        var entries = new List<HandoverHistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new HandoverHistoryEntry(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : Parse<HandoverState>(reader.GetString(3)),
                Parse<HandoverState>(reader.GetString(4)),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8),
                ParseInstant(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11)));
        }

        return entries;
    }

    private static async Task<List<HandoverItem>> QueryAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, string? parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {ItemColumns} FROM items {where} ORDER BY created_at, id";
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p", parameter);
        }

        var items = new List<HandoverItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(Read(reader));
        }

        return items;
    }

    private static HandoverItem Read(SqliteDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var problems = JsonSerializer.Deserialize<List<StoredProblem>>(r.GetString(11))!
            .Select(p => new ProblemDecision(Parse<ProblemCode>(p.Problem), p.Rule, p.Basis))
            .ToList();
        HandoverConclusion? conclusion = Text(21) is { } outcome
            ? new HandoverConclusion(
                Parse<ConclusionOutcome>(outcome),
                Text(22) is { } forms ? Parse<FourFormsLevel>(forms) : null,
                JsonSerializer.Deserialize<List<string>>(Text(23) ?? "[]")!.Select(Parse<ConclusionMeasure>).ToList(),
                decimal.Parse(Text(24) ?? "0", CultureInfo.InvariantCulture))
            : null;
        return new HandoverItem(
            r.GetString(0),
            r.GetString(1),
            r.GetString(2),
            DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            new FindingOffice(Parse<JurisdictionLevel>(r.GetString(4)), DivisionCode.Parse(r.GetString(5))),
            new Recipient(Parse<HandoverRoute>(r.GetString(6)), Parse<JurisdictionLevel>(r.GetString(7)), DivisionCode.Parse(r.GetString(8))),
            Parse<RoutingTiming>(r.GetString(9)),
            r.GetInt64(10) != 0,
            problems,
            r.GetString(12),
            r.GetInt32(13),
            Text(14),
            Parse<HandoverState>(r.GetString(15)),
            ParseInstant(r.GetString(16)),
            Text(17) is { } handed ? ParseInstant(handed) : null,
            Text(18) is { } deadline ? DateOnly.ParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Text(19) is { } received ? ParseInstant(received) : null,
            Text(20) is { } disposal ? Parse<DisposalMethod>(disposal) : null,
            conclusion,
            Text(25) is { } closed ? ParseInstant(closed) : null,
            r.GetInt32(26));
    }

    private static T Parse<T>(string text) where T : struct, Enum =>
        WireNames.TryParse<T>(text, out var value) ? value.Value : throw new InvalidDataException($"handover.db holds '{text}', which is not a {typeof(T).Name}; the file was written by another version.");

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
