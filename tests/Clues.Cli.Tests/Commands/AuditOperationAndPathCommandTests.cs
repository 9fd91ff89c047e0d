using System.Text.Json;
using Clues.Cli.Tests.Audit;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Graph.Embedded.Audit;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Tests.Commands;

/// <summary><c>clues audit verify</c> and <c>tail</c> on entries that name their GraphQL operation and field path.</summary>
public sealed class AuditOperationAndPathCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private string AuditFile => Path.Combine(_data.Path, "audit.db");

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("operation", "query Harmless")]
    [InlineData("field_path", "stats.nodes")]
    public async Task Verify_names_the_entry_whose_operation_or_field_path_was_edited(string column, string forged)
    {
        await WriteLogAsync(6);
        Tamper($"UPDATE audit SET {column} = '{forged}' WHERE seq = 4");

        var result = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAILED: Edited at entry 4", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("the first 3 entries verify", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_accepts_the_untouched_log_with_operations_and_paths()
    {
        await WriteLogAsync(6);

        var result = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path, "--json");

        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(6, json.RootElement.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task Tail_shows_the_operation_and_field_path_of_each_entry()
    {
        await WriteLogAsync(3);

        var text = await CliProcess.RunAsync("audit", "tail", "--data", _data.Path, "-n", "2");
        var json = await CliProcess.RunAsync("audit", "tail", "--data", _data.Path, "-n", "2", "--json");

        Assert.True(text.ExitCode == 0, text.StdErr);
        var lines = text.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("[query ClueDetail: clues.edges.3.node.summary]", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("[", lines[0], StringComparison.Ordinal);
        Assert.Contains("clue:2", lines[0], StringComparison.Ordinal);
        using var rows = JsonDocument.Parse(json.StdOut);
        var last = rows.RootElement[1];
        Assert.Equal("query ClueDetail", last.GetProperty("operation").GetString());
        Assert.Equal("clues.edges.3.node.summary", last.GetProperty("fieldPath").GetString());
        Assert.Equal(JsonValueKind.Null, rows.RootElement[0].GetProperty("operation").ValueKind);
    }

    [Fact]
    public async Task Tail_reads_a_log_written_before_operations_were_logged()
    {
        using (var connection = Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE audit (seq INTEGER PRIMARY KEY, user_id TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
                    target_id TEXT, reason TEXT, request_id TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
                INSERT INTO audit VALUES (1, 'old-analyst', '2025-12-01T02:00:00.0000000Z', 'ReadClue', 'clue:1', '初核', 'req-1', 'p', 'h');
                """;
            command.ExecuteNonQuery();
        }

        var result = await CliProcess.RunAsync("audit", "tail", "--data", _data.Path, "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var rows = JsonDocument.Parse(result.StdOut);
        var row = Assert.Single(rows.RootElement.EnumerateArray());
        Assert.Equal("old-analyst", row.GetProperty("user").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("operation").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("fieldPath").ValueKind);
    }

    /// <summary>Entry 2 is written as outside GraphQL (no operation or path); every other entry names both.</summary>
    private async Task WriteLogAsync(int entries)
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 });
        for (var i = 1; i <= entries; i++)
        {
            var entry = new AuditEntry("analyst" + i, DateTimeOffset.UtcNow, "ReadClue", "clue:" + i, "初核 " + i, "req-" + i);
            await log.AppendAsync(i == 2 ? entry : entry with { Operation = "query ClueDetail", FieldPath = $"clues.edges.{i}.node.summary" });
        }
    }

    private void Tamper(string sql) => AuditDatabase.Tamper(AuditFile, sql);

    private SqliteConnection Open() => AuditDatabase.Open(AuditFile);
}
