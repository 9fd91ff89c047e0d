using System.Text.Json;
using Clues.Cli.Tests.Commands;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Graph.Embedded.Audit;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.Tests.Audit;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _keys = new();

    private string AuditFile => Path.Combine(_data.Path, "audit.db");

    public void Dispose()
    {
        _data.Dispose();
        _keys.Dispose();
    }

    [Fact]
    public async Task Verify_prints_OK_with_the_entry_count_and_head_hash_and_exits_0()
    {
        await WriteLogAsync(12, key: null);

        var result = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        Assert.Contains($"OK: 12 entries, head {LastHash()}", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("anchor: entry 12", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_the_entry_after_which_the_log_was_truncated_and_exits_1()
    {
        await WriteLogAsync(12, key: null);
        Tamper("DELETE FROM audit WHERE seq > 9");

        var result = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAILED: Truncated at entry 10", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("truncated after entry 9", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_an_edited_entry_in_JSON()
    {
        await WriteLogAsync(5, key: null);
        Tamper("UPDATE audit SET user_id = 'someone-else' WHERE seq = 2");

        var result = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal("Edited", json.RootElement.GetProperty("fault").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("firstBad").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task Verify_with_the_keys_folder_checks_the_anchor_signature_and_rejects_a_forged_anchor()
    {
        using (var key = AuditAnchorKey.LoadOrCreate(Path.Combine(_keys.Path, AuditAnchorKey.FileName)))
        {
            await WriteLogAsync(8, key);
        }

        var genuine = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path, "--keys", _keys.Path);
        Tamper("DELETE FROM audit WHERE seq > 6");
        var anchor = Path.Combine(_data.Path, "audit.head");
        var forged = (await File.ReadAllTextAsync(anchor)).Replace("\"sequence\":8", "\"sequence\":6", StringComparison.Ordinal);
        await File.WriteAllTextAsync(anchor, forged.Replace(JsonDocument.Parse(forged).RootElement.GetProperty("hash").GetString()!, LastHash(), StringComparison.Ordinal));
        var afterForgery = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path, "--keys", _keys.Path);

        Assert.True(genuine.ExitCode == 0, genuine.StdOut + genuine.StdErr);
        Assert.Contains("signature checked", genuine.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, afterForgery.ExitCode);
        Assert.Contains("AnchorInvalid", afterForgery.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_with_a_keys_folder_without_the_key_says_which_file_is_missing()
    {
        await WriteLogAsync(2, key: null);

        var result = await CliProcess.RunAsync("audit", "verify", "--data", _data.Path, "--keys", _keys.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(Path.Combine(_keys.Path, "audit.key"), result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tail_shows_who_when_what_and_why_for_the_last_entries_only()
    {
        await WriteLogAsync(30, key: null);

        var result = await CliProcess.RunAsync("audit", "tail", "--data", _data.Path, "-n", "3", "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([28L, 29L, 30L], rows.Select(r => r.GetProperty("seq").GetInt64()));
        Assert.Equal("clue:30", rows[2].GetProperty("target").GetString());
        Assert.Equal("初核 30", rows[2].GetProperty("purpose").GetString());
        Assert.Equal("analyst2", rows[2].GetProperty("user").GetString());
    }

    private async Task WriteLogAsync(int entries, AuditAnchorKey? key)
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorKey = key, AnchorEveryEntries = 1 });
        for (var i = 1; i <= entries; i++)
        {
            await log.AppendAsync(new AuditEntry("analyst" + (i % 4), DateTimeOffset.UtcNow, "ReadClue", "clue:" + i, "初核 " + i, "req-" + i));
        }
    }

    private string LastHash()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    private void Tamper(string sql) => AuditDatabase.Tamper(AuditFile, sql);

    private SqliteConnection Open() => AuditDatabase.Open(AuditFile);
}
