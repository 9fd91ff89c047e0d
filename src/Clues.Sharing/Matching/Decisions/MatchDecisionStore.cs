using System.Globalization;
using System.Text.Json;
using Clues.Sharing.Matching.Io;
using Clues.Sharing.Matching.Model;
using Microsoft.Data.Sqlite;

namespace Clues.Sharing.Matching.Decisions;

/// <summary>
/// The review queue and the human decisions, in one SQLite file. Decisions are keyed by (left id,
/// right id); deciding a pair again replaces the verdict and keeps the old one in the log.
/// </summary>
public sealed class MatchDecisionStore : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS human_decisions (
            left_id TEXT NOT NULL,
            right_id TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('MATCH', 'NO_MATCH')),
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            why TEXT NOT NULL,
            PRIMARY KEY (left_id, right_id)
        );
        CREATE TABLE IF NOT EXISTS decision_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            left_id TEXT NOT NULL,
            right_id TEXT NOT NULL,
            decision TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            why TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS review_queue (
            left_id TEXT NOT NULL,
            right_id TEXT NOT NULL,
            score REAL NOT NULL,
            reasons TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            PRIMARY KEY (left_id, right_id)
        );
        """;

    private static int s_providerReady;
    private readonly SqliteConnection _connection;

    private MatchDecisionStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the file, creating it and its tables when missing.</summary>
    public static async Task<MatchDecisionStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref s_providerReady, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;" + Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new MatchDecisionStore(connection);
        }
        catch (SqliteException error)
        {
            await connection.DisposeAsync();
            throw new IOException($"Cannot open the match decisions file {path}: {error.Message} Check that it is a decisions file written by `clues match --decisions`.", error);
        }
    }

    /// <summary>Every recorded human decision by (left id, right id).</summary>
    public async Task<IReadOnlyDictionary<(string Left, string Right), HumanDecision>> LoadDecisionsAsync(CancellationToken cancellationToken)
    {
        var decisions = new Dictionary<(string, string), HumanDecision>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT left_id, right_id, decision, decided_by, decided_at, why FROM human_decisions";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var decision = new HumanDecision(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2) == "MATCH" ? MatchDecision.Match : MatchDecision.NoMatch,
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                reader.GetString(5));
            decisions[(decision.LeftId, decision.RightId)] = decision;
        }

        return decisions;
    }

    /// <summary>Records (or replaces) a verdict and takes the pair off the review queue.</summary>
    public async Task RecordAsync(HumanDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Decision == MatchDecision.Review)
        {
            throw new ArgumentException("A human decision is MATCH or NO_MATCH; REVIEW is what the matcher asks for, not a verdict.", nameof(decision));
        }

        if (string.IsNullOrWhiteSpace(decision.DecidedBy))
        {
            throw new ArgumentException("A human decision needs the name of whoever made it.", nameof(decision));
        }

        var verdict = decision.Decision == MatchDecision.Match ? "MATCH" : "NO_MATCH";
        var at = decision.DecidedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO human_decisions (left_id, right_id, decision, decided_by, decided_at, why)
            VALUES ($left, $right, $decision, $by, $at, $why)
            ON CONFLICT (left_id, right_id) DO UPDATE SET
                decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at, why = excluded.why;
            INSERT INTO decision_log (left_id, right_id, decision, decided_by, decided_at, why)
            VALUES ($left, $right, $decision, $by, $at, $why);
            DELETE FROM review_queue WHERE left_id = $left AND right_id = $right;
            """;
        command.Parameters.AddWithValue("$left", decision.LeftId);
        command.Parameters.AddWithValue("$right", decision.RightId);
        command.Parameters.AddWithValue("$decision", verdict);
        command.Parameters.AddWithValue("$by", decision.DecidedBy);
        command.Parameters.AddWithValue("$at", at);
        command.Parameters.AddWithValue("$why", decision.Why);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the queue with the run's REVIEW pairs that no person has decided yet.</summary>
    public async Task ReplaceQueueAsync(IEnumerable<MatchPair> pairs, DateTimeOffset queuedAt, CancellationToken cancellationToken)
    {
        var at = queuedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = _connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM review_queue";
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT OR REPLACE INTO review_queue (left_id, right_id, score, reasons, queued_at)
            SELECT $left, $right, $score, $reasons, $at
            WHERE NOT EXISTS (SELECT 1 FROM human_decisions WHERE left_id = $left AND right_id = $right)
            """;
        var left = insert.Parameters.Add("$left", SqliteType.Text);
        var right = insert.Parameters.Add("$right", SqliteType.Text);
        var score = insert.Parameters.Add("$score", SqliteType.Real);
        var reasons = insert.Parameters.Add("$reasons", SqliteType.Text);
        insert.Parameters.AddWithValue("$at", at);
        foreach (var pair in pairs)
        {
            if (pair.Decision != MatchDecision.Review || pair.DecidedByHuman)
            {
                continue;
            }

            left.Value = pair.LeftId;
            right.Value = pair.RightId;
            score.Value = pair.Score;
            reasons.Value = JsonSerializer.Serialize(pair.Reasons, MatchJson.Options);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The review queue, highest score first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ListQueueAsync(CancellationToken cancellationToken)
    {
        var items = new List<ReviewItem>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT left_id, right_id, score, reasons, queued_at FROM review_queue ORDER BY score DESC, left_id, right_id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new ReviewItem(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetDouble(2),
                JsonSerializer.Deserialize<string[]>(reader.GetString(3), MatchJson.Options) ?? [],
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return items;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
