using Clues.Core.Graph;
using Microsoft.Data.Sqlite;

namespace Clues.Graph.Embedded.Storage;

/// <summary>
/// The on-disk layout. <c>PRAGMA user_version</c> records the schema version so a later release can
/// migrate an old file instead of misreading it.
/// </summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 1;

    public const string FileName = "graph.db";

    private static int s_initialised;

    // Relationships point at node nid values (not id strings) so the index rebuild needs no string
    // lookups and the table stays small. There is no index on start/end: the in-memory adjacency
    // knows every node's relationships, so SQLite never has to find them.
    private const string CreateSql = """
        CREATE TABLE nodes (
            nid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            label INTEGER NOT NULL,
            name TEXT NULL,
            nkey TEXT NULL UNIQUE,
            props TEXT NOT NULL
        );
        CREATE TABLE rels (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            type INTEGER NOT NULL,
            start_nid INTEGER NOT NULL,
            end_nid INTEGER NOT NULL,
            valid_from INTEGER NULL,
            valid_to INTEGER NULL,
            props TEXT NOT NULL
        );
        PRAGMA user_version = 1;
        """;

    /// <summary>Loads the bundled native SQLite once per process.</summary>
    public static void InitialiseProvider()
    {
        if (Interlocked.Exchange(ref s_initialised, 1) == 0)
        {
            SQLitePCL.Batteries_V2.Init();
        }
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        // The store keeps its own long-lived connections with prepared commands; no pool needed.
        Pooling = false,
    }.ToString();

    /// <summary>Sets the journal and sync mode and creates or checks the schema.</summary>
    public static void Prepare(SqliteConnection connection, bool synchronousFull)
    {
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, synchronousFull ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");

        // SQLite's own checkpoint runs inside the commit that fills the log, and the store commits under the index's
        // write lock: every reader then waited for pages to be copied and the database file synced. The store
        // checkpoints after the lock instead (EmbeddedGraphStore.Writes). (A single ~1 s answer still shows in some
        // 10-minute load runs, so that one has another cause.)
        Execute(connection, "PRAGMA wal_autocheckpoint = 0;");

        // Bigger page cache: bulk loads insert into two unique indexes with random keys.
        Execute(connection, "PRAGMA cache_size = -65536;");
        long version = Scalar(connection, "PRAGMA user_version;");
        if (version == 0)
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            using SqliteCommand create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = CreateSql;
            create.ExecuteNonQuery();
            transaction.Commit();
        }
        else if (version != CurrentVersion)
        {
            throw new GraphStoreException(
                $"The store file '{connection.DataSource}' has schema version {version}, but this build reads version {CurrentVersion}. " +
                "Open it with the release that wrote it, or export and re-import the data.");
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
