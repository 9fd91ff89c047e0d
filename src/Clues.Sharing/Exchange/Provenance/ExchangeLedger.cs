using System.Globalization;
using System.Text.Json;
using Clues.Core.Graph;
using Clues.Sharing.Exchange.Payload;
using Microsoft.Data.Sqlite;

namespace Clues.Sharing.Exchange.Provenance;

/// <summary>
/// <c>exchange.db</c> in the data directory: packages sent and received, the provenance of every node an import
/// created or linked, the conflicts it kept local facts over, and the problem lists received. Kept beside the graph
/// rather than in node properties so that a linked local node is never rewritten just to note who else knows it.
/// </summary>
internal sealed class ExchangeLedger : IAsyncDisposable
{
    public const string FileName = "exchange.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS packages_sent (
            package_id TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            year INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            to_code TEXT NOT NULL,
            created_at TEXT NOT NULL,
            clues INTEGER NOT NULL,
            entities INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS packages_received (
            package_id TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            from_code TEXT NOT NULL,
            from_name TEXT NOT NULL,
            to_code TEXT NOT NULL,
            direction TEXT NOT NULL,
            selection TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS provenance (
            package_id TEXT NOT NULL,
            sender_office TEXT NOT NULL,
            sender_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            label TEXT NOT NULL,
            action TEXT NOT NULL,
            score REAL,
            reasons TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (package_id, sender_id)
        );
        CREATE INDEX IF NOT EXISTS provenance_by_local ON provenance (local_id);
        CREATE TABLE IF NOT EXISTS conflicts (
            package_id TEXT NOT NULL,
            sender_office TEXT NOT NULL,
            sender_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            field TEXT NOT NULL,
            local_value TEXT,
            incoming_value TEXT,
            received_at TEXT NOT NULL,
            PRIMARY KEY (package_id, sender_id, field)
        );
        CREATE TABLE IF NOT EXISTS problem_lists (
            sender_office TEXT NOT NULL,
            round_id TEXT NOT NULL,
            package_id TEXT NOT NULL,
            round_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            clues INTEGER NOT NULL,
            shared INTEGER NOT NULL,
            by_problem TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (sender_office, round_id, package_id)
        );
        """;

    // One line per value in the ledger; exchange.json itself is indented for people reading it.
    private static readonly JsonSerializerOptions Compact = new(ExchangeJson.Options) { WriteIndented = false };

    private static int s_providerReady;
    private readonly SqliteConnection _connection;

    private ExchangeLedger(SqliteConnection connection) => _connection = connection;

    public static async Task<ExchangeLedger> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref s_providerReady, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
        }

        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;" + Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new ExchangeLedger(connection);
        }
        catch (SqliteException error)
        {
            await connection.DisposeAsync();
            throw new ExchangeException($"Cannot open the exchange ledger {path}: {error.Message} Move the damaged file aside; imports then start a new ledger.");
        }
    }

    /// <summary>The next running number of this office's exchange packages in the year.</summary>
    public async Task<int> NextSequenceAsync(int year, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(sequence), 0) + 1 FROM packages_sent WHERE year = $year";
        command.Parameters.AddWithValue("$year", year);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task RecordSentAsync(SentPackage sent, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO packages_sent (package_id, number, year, sequence, to_code, created_at, clues, entities)
            VALUES ($id, $number, $year, $sequence, $to, $at, $clues, $entities)
            """;
        command.Parameters.AddWithValue("$id", sent.PackageId.ToString("D"));
        command.Parameters.AddWithValue("$number", sent.Number);
        command.Parameters.AddWithValue("$year", sent.Year);
        command.Parameters.AddWithValue("$sequence", sent.Sequence);
        command.Parameters.AddWithValue("$to", sent.ToCode);
        command.Parameters.AddWithValue("$at", Time(sent.CreatedAt));
        command.Parameters.AddWithValue("$clues", sent.Clues);
        command.Parameters.AddWithValue("$entities", sent.Entities);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Records a package taken in, in one transaction. Every row is keyed by the package, so recording the same
    /// package again (after a crash between the graph write and this) adds nothing.
    /// </summary>
    public async Task RecordReceivedAsync(
        ReceivedPackage package,
        IReadOnlyList<ProvenanceEntry> provenance,
        IReadOnlyList<ConflictEntry> conflicts,
        IReadOnlyList<ProblemList> problemLists,
        CancellationToken cancellationToken)
    {
        var id = package.PackageId.ToString("D");
        var received = Time(package.ReceivedAt);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using (var command = Command(transaction, """
            INSERT OR IGNORE INTO packages_received (package_id, number, from_code, from_name, to_code, direction, selection, sent_at, received_at)
            VALUES ($id, $number, $from, $fromName, $to, $direction, $selection, $sent, $received)
            """))
        {
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$number", package.Number);
            command.Parameters.AddWithValue("$from", package.From.Code);
            command.Parameters.AddWithValue("$fromName", package.From.Name);
            command.Parameters.AddWithValue("$to", package.To.Code);
            command.Parameters.AddWithValue("$direction", package.Direction.ToString());
            command.Parameters.AddWithValue("$selection", package.Selection);
            command.Parameters.AddWithValue("$sent", Time(package.SentAt));
            command.Parameters.AddWithValue("$received", received);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = Command(transaction, """
            INSERT OR IGNORE INTO provenance (package_id, sender_office, sender_id, local_id, label, action, score, reasons, sent_at, received_at)
            VALUES ($id, $office, $sender, $local, $label, $action, $score, $reasons, $sent, $received)
            """))
        {
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$office", package.From.Code);
            command.Parameters.AddWithValue("$sent", Time(package.SentAt));
            command.Parameters.AddWithValue("$received", received);
            var sender = command.Parameters.Add("$sender", SqliteType.Text);
            var local = command.Parameters.Add("$local", SqliteType.Text);
            var label = command.Parameters.Add("$label", SqliteType.Text);
            var action = command.Parameters.Add("$action", SqliteType.Text);
            var score = command.Parameters.Add("$score", SqliteType.Real);
            var reasons = command.Parameters.Add("$reasons", SqliteType.Text);
            foreach (var entry in provenance)
            {
                sender.Value = entry.SenderId;
                local.Value = entry.LocalId;
                label.Value = entry.Label.ToString();
                action.Value = entry.Action.ToString();
                score.Value = entry.Score is { } s ? s : DBNull.Value;
                reasons.Value = JsonSerializer.Serialize(entry.Reasons, Compact);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var command = Command(transaction, """
            INSERT OR IGNORE INTO conflicts (package_id, sender_office, sender_id, local_id, field, local_value, incoming_value, received_at)
            VALUES ($id, $office, $sender, $local, $field, $localValue, $incoming, $received)
            """))
        {
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$office", package.From.Code);
            command.Parameters.AddWithValue("$received", received);
            var sender = command.Parameters.Add("$sender", SqliteType.Text);
            var local = command.Parameters.Add("$local", SqliteType.Text);
            var field = command.Parameters.Add("$field", SqliteType.Text);
            var localValue = command.Parameters.Add("$localValue", SqliteType.Text);
            var incoming = command.Parameters.Add("$incoming", SqliteType.Text);
            foreach (var conflict in conflicts)
            {
                sender.Value = conflict.SenderId;
                local.Value = conflict.LocalId;
                field.Value = conflict.Field;
                localValue.Value = (object?)conflict.LocalValue ?? DBNull.Value;
                incoming.Value = (object?)conflict.IncomingValue ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var command = Command(transaction, """
            INSERT OR IGNORE INTO problem_lists (sender_office, round_id, package_id, round_name, kind, clues, shared, by_problem, received_at)
            VALUES ($office, $round, $id, $name, $kind, $clues, $shared, $byProblem, $received)
            """))
        {
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$office", package.From.Code);
            command.Parameters.AddWithValue("$received", received);
            var round = command.Parameters.Add("$round", SqliteType.Text);
            var name = command.Parameters.Add("$name", SqliteType.Text);
            var kind = command.Parameters.Add("$kind", SqliteType.Text);
            var clues = command.Parameters.Add("$clues", SqliteType.Integer);
            var shared = command.Parameters.Add("$shared", SqliteType.Integer);
            var byProblem = command.Parameters.Add("$byProblem", SqliteType.Text);
            foreach (var list in problemLists)
            {
                round.Value = list.RoundId;
                name.Value = list.RoundName;
                kind.Value = list.Kind.ToString();
                clues.Value = list.Clues;
                shared.Value = list.Shared;
                byProblem.Value = JsonSerializer.Serialize(list.ByProblem, Compact);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every provenance record of a local node, oldest first.</summary>
    public async Task<IReadOnlyList<(string PackageId, string SenderOffice, ProvenanceEntry Entry, DateTimeOffset ReceivedAt)>> ProvenanceOfAsync(string localId, CancellationToken cancellationToken)
    {
        var found = new List<(string, string, ProvenanceEntry, DateTimeOffset)>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT package_id, sender_office, sender_id, local_id, label, action, score, reasons, received_at FROM provenance WHERE local_id = $local ORDER BY received_at, package_id";
        command.Parameters.AddWithValue("$local", localId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var entry = new ProvenanceEntry(
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<NodeLabel>(reader.GetString(4)),
                Enum.Parse<ProvenanceAction>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetDouble(6),
                JsonSerializer.Deserialize<string[]>(reader.GetString(7), ExchangeJson.Options) ?? []);
            found.Add((reader.GetString(0), reader.GetString(1), entry, DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture)));
        }

        return found;
    }

    /// <summary>Every conflict recorded, in the order received.</summary>
    public async Task<IReadOnlyList<(string SenderOffice, ConflictEntry Conflict)>> ConflictsAsync(CancellationToken cancellationToken)
    {
        var found = new List<(string, ConflictEntry)>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT sender_office, sender_id, local_id, field, local_value, incoming_value FROM conflicts ORDER BY received_at, package_id, sender_id, field";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetString(0), new ConflictEntry(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5))));
        }

        return found;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
