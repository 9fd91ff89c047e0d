using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Clues.Api.Reveals;

/// <summary>
/// Requests to see reporter identities, in <c>reveals.db</c> in the data directory (WAL, <c>synchronous=FULL</c>). It
/// holds who asked, why, which custodian decided and when the identity was seen, never the identity itself (that
/// stays in the sealed store). Each change is one statement guarded by the expected state, so two custodians
/// deciding at once, or a requester reading twice at once, cannot both succeed.
/// </summary>
internal sealed class RevealStore
{
    private const string Columns = "id, clue, office, requester, requester_name, reason, requested_at, state, custodian, custodian_name, note, decided_at, consumed_at";

    private readonly string _connectionString;

    private RevealStore(string path) =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();

    public static async Task<RevealStore> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        SQLitePCL.Batteries_V2.Init();
        Directory.CreateDirectory(dataDirectory);
        var store = new RevealStore(Path.Combine(dataDirectory, "reveals.db"));
        await using var connection = await store.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS reveal_requests (
                id TEXT PRIMARY KEY, clue TEXT NOT NULL, office TEXT NOT NULL, requester TEXT NOT NULL, requester_name TEXT NOT NULL,
                reason TEXT NOT NULL, requested_at TEXT NOT NULL, state INTEGER NOT NULL, custodian TEXT, custodian_name TEXT, note TEXT,
                decided_at TEXT, consumed_at TEXT);
            CREATE INDEX IF NOT EXISTS reveal_requests_office ON reveal_requests (office, state);
            """, cancellationToken).ConfigureAwait(false);
        return store;
    }

    public async Task AddAsync(RevealRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO reveal_requests ({Columns}) VALUES ($id, $clue, $office, $requester, $name, $reason, $at, $state, NULL, NULL, NULL, NULL, NULL)";
        command.Parameters.AddWithValue("$id", request.Id);
        command.Parameters.AddWithValue("$clue", request.ClueId);
        command.Parameters.AddWithValue("$office", request.Office);
        command.Parameters.AddWithValue("$requester", request.RequesterId);
        command.Parameters.AddWithValue("$name", request.RequesterName);
        command.Parameters.AddWithValue("$reason", request.Reason);
        command.Parameters.AddWithValue("$at", request.RequestedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$state", (int)request.State);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<RevealRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM reveal_requests WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<RevealRequest>> ListAsync(Func<string, bool> office, RevealState? state, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM reveal_requests WHERE ($state IS NULL OR state = $state) ORDER BY requested_at DESC LIMIT 500";
        command.Parameters.AddWithValue("$state", state is null ? DBNull.Value : (int)state);
        var list = new List<RevealRequest>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var request = Read(reader);
            if (office(request.Office))
            {
                list.Add(request);
            }
        }

        return list;
    }

    /// <summary>Records a custodian's decision if the request is still pending; false when someone decided first.</summary>
    public async Task<bool> DecideAsync(string id, bool approve, string custodianId, string custodianName, string? note, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE reveal_requests SET state = $state, custodian = $custodian, custodian_name = $name, note = $note, decided_at = $at WHERE id = $id AND state = $pending";
        command.Parameters.AddWithValue("$state", (int)(approve ? RevealState.Approved : RevealState.Refused));
        command.Parameters.AddWithValue("$custodian", custodianId);
        command.Parameters.AddWithValue("$name", custodianName);
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$pending", (int)RevealState.Pending);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Marks an approved request as used; false when it was not approved or already used.</summary>
    public async Task<bool> ConsumeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE reveal_requests SET state = $consumed, consumed_at = $at WHERE id = $id AND state = $approved";
        command.Parameters.AddWithValue("$consumed", (int)RevealState.Consumed);
        command.Parameters.AddWithValue("$approved", (int)RevealState.Approved);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static RevealRequest Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
        (RevealState)reader.GetInt32(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture),
        reader.IsDBNull(12) ? null : DateTimeOffset.Parse(reader.GetString(12), CultureInfo.InvariantCulture));

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
