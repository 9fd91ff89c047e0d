using System.Globalization;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Microsoft.Data.Sqlite;

namespace Clues.Api.AccessRequests;

/// <summary>
/// Access requests and grants in their own SQLite file, <c>access.db</c> in the data directory. Not in the graph:
/// a grant is a decision about who may read, not a fact about people and money, so it must never travel in a graph
/// export or exchange package, and granting must not change the graph's data version (which would empty the
/// analysis cache for everyone). Grants are loaded into an immutable <see cref="SharedNodes"/> snapshot at open and
/// replaced after each write, so the visibility check of every read costs a dictionary lookup.
/// </summary>
internal sealed class AccessStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS access_request (
            id               TEXT PRIMARY KEY,
            requested_by     TEXT NOT NULL,
            requester_office TEXT NOT NULL,
            owner_office     TEXT NOT NULL,
            reason           TEXT NOT NULL,
            requested_at     TEXT NOT NULL,
            status           TEXT NOT NULL,
            decided_by       TEXT,
            decided_at       TEXT,
            decision_reason  TEXT
        );
        CREATE INDEX IF NOT EXISTS access_request_owner ON access_request (owner_office, status);
        CREATE INDEX IF NOT EXISTS access_request_requester ON access_request (requester_office, status);
        CREATE TABLE IF NOT EXISTS access_request_node (
            request_id TEXT NOT NULL REFERENCES access_request (id),
            node_id    TEXT NOT NULL,
            PRIMARY KEY (request_id, node_id)
        );
        CREATE TABLE IF NOT EXISTS access_grant (
            office     TEXT NOT NULL,
            node_id    TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            granted_at TEXT NOT NULL,
            request_id TEXT,
            PRIMARY KEY (office, node_id)
        );
        """;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile SharedNodes _shared;

    private AccessStore(SqliteConnection connection)
    {
        _connection = connection;
        _shared = SharedNodes.From(ReadGrants(connection));
    }

    /// <summary>What every office has been granted, as of the last write.</summary>
    public SharedNodes Shared => _shared;

    /// <summary>Opens (or creates) the store at <paramref name="path"/>.</summary>
    public static AccessStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        // FULL: a granted request is audited as granted; the grant must survive a crash just as the entry does.
        Execute(connection, "PRAGMA synchronous = FULL;");
        Execute(connection, "PRAGMA foreign_keys = ON;");
        Execute(connection, Schema);
        return new AccessStore(connection);
    }

    /// <summary>
    /// Stores a new request with its nodes; one already granted (a share, see <see cref="AccessRequest.Share"/>) shares
    /// its nodes with the requesting office in the same transaction.
    /// </summary>
    public async Task AddAsync(AccessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            using (var insert = Command(transaction, """
                INSERT INTO access_request (id, requested_by, requester_office, owner_office, reason, requested_at, status, decided_by, decided_at, decision_reason)
                VALUES ($id, $by, $requester, $owner, $reason, $at, $status, $decidedBy, $decidedAt, $decisionReason);
                """))
            {
                insert.Parameters.AddWithValue("$decidedBy", (object?)request.DecidedBy ?? DBNull.Value);
                insert.Parameters.AddWithValue("$decidedAt", request.DecidedAt is { } decidedAt ? Time(decidedAt) : DBNull.Value);
                insert.Parameters.AddWithValue("$decisionReason", (object?)request.DecisionReason ?? DBNull.Value);
                insert.Parameters.AddWithValue("$id", request.Id);
                insert.Parameters.AddWithValue("$by", request.RequestedBy);
                insert.Parameters.AddWithValue("$requester", request.RequesterOffice.Value);
                insert.Parameters.AddWithValue("$owner", request.OwnerOffice.Value);
                insert.Parameters.AddWithValue("$reason", request.Reason);
                insert.Parameters.AddWithValue("$at", Time(request.RequestedAt));
                insert.Parameters.AddWithValue("$status", request.Status.ToString());
                insert.ExecuteNonQuery();
            }

            using (var node = Command(transaction, "INSERT INTO access_request_node (request_id, node_id) VALUES ($id, $node);"))
            {
                var nodeId = node.Parameters.Add("$node", SqliteType.Text);
                node.Parameters.AddWithValue("$id", request.Id);
                foreach (var id in request.NodeIds)
                {
                    nodeId.Value = id;
                    node.ExecuteNonQuery();
                }
            }

            var shares = request.Status == AccessRequestStatus.Granted;
            if (shares)
            {
                InsertGrants(transaction, request.RequesterOffice, request.NodeIds, request.DecidedBy ?? request.RequestedBy, request.DecidedAt ?? request.RequestedAt, request.Id);
            }

            transaction.Commit();
            if (shares)
            {
                _shared = _shared.With(request.RequesterOffice, request.NodeIds);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The request with this id, or null.</summary>
    public async Task<AccessRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("WHERE id = $value", id, null, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Requests addressed to <paramref name="owner"/>, newest first, optionally of one status.</summary>
    public Task<IReadOnlyList<AccessRequest>> AddressedToAsync(DivisionCode owner, AccessRequestStatus? status, CancellationToken cancellationToken) =>
        QueryAsync("WHERE owner_office = $value", owner.Value, status, cancellationToken);

    /// <summary>Requests filed by users of <paramref name="office"/>, newest first, optionally of one status.</summary>
    public Task<IReadOnlyList<AccessRequest>> FiledByAsync(DivisionCode office, AccessRequestStatus? status, CancellationToken cancellationToken) =>
        QueryAsync("WHERE requester_office = $value", office.Value, status, cancellationToken);

    /// <summary>
    /// Records a decision, and for a grant shares <paramref name="grantedNodeIds"/> with the requesting office, in one
    /// transaction. False when the request was no longer pending (decided concurrently): nothing is written then.
    /// </summary>
    public async Task<bool> DecideAsync(AccessRequest decided, IReadOnlyCollection<string> grantedNodeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decided);
        ArgumentNullException.ThrowIfNull(grantedNodeIds);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            using (var update = Command(transaction, """
                UPDATE access_request SET status = $status, decided_by = $by, decided_at = $at, decision_reason = $reason
                WHERE id = $id AND status = $pending;
                """))
            {
                update.Parameters.AddWithValue("$status", decided.Status.ToString());
                update.Parameters.AddWithValue("$by", (object?)decided.DecidedBy ?? DBNull.Value);
                update.Parameters.AddWithValue("$at", decided.DecidedAt is { } at ? Time(at) : DBNull.Value);
                update.Parameters.AddWithValue("$reason", (object?)decided.DecisionReason ?? DBNull.Value);
                update.Parameters.AddWithValue("$id", decided.Id);
                update.Parameters.AddWithValue("$pending", nameof(AccessRequestStatus.Pending));
                if (update.ExecuteNonQuery() == 0)
                {
                    return false;
                }
            }

            if (decided.Status == AccessRequestStatus.Granted)
            {
                InsertGrants(transaction, decided.RequesterOffice, grantedNodeIds, decided.DecidedBy!, decided.DecidedAt ?? DateTimeOffset.UtcNow, decided.Id);
            }

            transaction.Commit();
            if (decided.Status == AccessRequestStatus.Granted)
            {
                _shared = _shared.With(decided.RequesterOffice, grantedNodeIds);
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private static void InsertGrants(SqliteTransaction transaction, DivisionCode office, IEnumerable<string> nodeIds, string grantedBy, DateTimeOffset at, string? requestId)
    {
        using var insert = Command(transaction, """
            INSERT INTO access_grant (office, node_id, granted_by, granted_at, request_id) VALUES ($office, $node, $by, $at, $request)
            ON CONFLICT (office, node_id) DO NOTHING;
            """);
        var node = insert.Parameters.Add("$node", SqliteType.Text);
        insert.Parameters.AddWithValue("$office", office.Value);
        insert.Parameters.AddWithValue("$by", grantedBy);
        insert.Parameters.AddWithValue("$at", Time(at));
        insert.Parameters.AddWithValue("$request", (object?)requestId ?? DBNull.Value);
        foreach (var id in nodeIds)
        {
            node.Value = id;
            insert.ExecuteNonQuery();
        }
    }

    private async Task<IReadOnlyList<AccessRequest>> QueryAsync(string where, string value, AccessRequestStatus? status, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var requests = new List<(AccessRequest Request, List<string> Nodes)>();
            using (var select = _connection.CreateCommand())
            {
                select.CommandText = $"""
                    SELECT id, requested_by, requester_office, owner_office, reason, requested_at, status, decided_by, decided_at, decision_reason
                    FROM access_request {where} {(status is null ? "" : "AND status = $status")}
                    ORDER BY requested_at DESC, id;
                    """;
                select.Parameters.AddWithValue("$value", value);
                if (status is { } s)
                {
                    select.Parameters.AddWithValue("$status", s.ToString());
                }

                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    var nodes = new List<string>();
                    requests.Add((new AccessRequest(
                        reader.GetString(0),
                        reader.GetString(1),
                        DivisionCode.Parse(reader.GetString(2)),
                        DivisionCode.Parse(reader.GetString(3)),
                        nodes,
                        reader.GetString(4),
                        ParseTime(reader.GetString(5)),
                        Enum.Parse<AccessRequestStatus>(reader.GetString(6)),
                        reader.IsDBNull(7) ? null : reader.GetString(7),
                        reader.IsDBNull(8) ? null : ParseTime(reader.GetString(8)),
                        reader.IsDBNull(9) ? null : reader.GetString(9)), nodes));
                }
            }

            using var nodeSelect = _connection.CreateCommand();
            nodeSelect.CommandText = "SELECT node_id FROM access_request_node WHERE request_id = $id ORDER BY node_id;";
            var idParameter = nodeSelect.Parameters.Add("$id", SqliteType.Text);
            foreach (var (request, nodes) in requests)
            {
                idParameter.Value = request.Id;
                using var reader = nodeSelect.ExecuteReader();
                while (reader.Read())
                {
                    nodes.Add(reader.GetString(0));
                }
            }

            return requests.Select(r => r.Request).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static IEnumerable<(DivisionCode Office, string NodeId)> ReadGrants(SqliteConnection connection)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT office, node_id FROM access_grant;";
        using var reader = select.ExecuteReader();
        var grants = new List<(DivisionCode, string)>();
        while (reader.Read())
        {
            grants.Add((DivisionCode.Parse(reader.GetString(0)), reader.GetString(1)));
        }

        return grants;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
