using System.Text;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded.Audit;

namespace Clues.Graph.Embedded.Tests.Audit;

public sealed class SqliteAuditLogTests : IDisposable
{
    private readonly TempStoreDirectory _directory = new();

    private string AuditFile => Path.Combine(_directory.Path, "audit.db");

    private static Principal Auditor => new("auditor1", "Auditor", new HashSet<Role> { Role.Auditor }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    private static AuditEntry Read(string user, string clue, string reason) =>
        new(user, new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)), "ReadClue", clue, reason, "req-1");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Appended_entries_get_consecutive_sequences_and_read_back_in_UTC()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);

        var first = await log.AppendAsync(Read("u1", "clue:1", "assessment"));
        var second = await log.AppendAsync(Read("u2", "clue:2", "handover"));
        var records = await log.QueryAsync(new AuditQuery { Action = "ReadClue" }, Auditor);

        Assert.Equal([1L, 2L], [first, second]);
        Assert.Equal(["clue:1", "clue:2"], records.Select(r => r.Entry.TargetId));
        Assert.Equal(TimeSpan.Zero, records[0].Entry.At.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 1, 30, 0, TimeSpan.Zero), records[0].Entry.At);
    }

    [Fact]
    public async Task Concurrent_appends_are_all_stored_and_the_chain_verifies()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);

        var sequences = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => log.AppendAsync(Read("u" + (i % 7), "clue:" + i, "bulk"))));
        var verification = await log.VerifyAsync();

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), sequences.Order());
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(200, verification.EntriesChecked);
    }

    [Fact]
    public async Task The_chain_continues_across_reopening()
    {
        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default))
        {
            await log.AppendAsync(Read("u1", "clue:1", "first session"));
        }

        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default))
        {
            Assert.Equal(2, await log.AppendAsync(Read("u1", "clue:2", "second session")));
            Assert.True((await log.VerifyAsync()).IsIntact);
        }
    }

    [Fact]
    public async Task Editing_the_file_directly_is_detected_at_the_altered_entry()
    {
        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default))
        {
            await log.AppendAsync(Read("u1", "clue:1", "routine check"));
            await log.AppendAsync(Read("u1", "clue:2", "purpose AAAAAAAA"));
            await log.AppendAsync(Read("u1", "clue:3", "routine check"));
        }

        // Rewrite the stored reason in the file's bytes: same length, so SQLite still reads the page happily.
        var bytes = File.ReadAllBytes(AuditFile);
        var needle = Encoding.UTF8.GetBytes("AAAAAAAA");
        var at = bytes.AsSpan().IndexOf(needle);
        Assert.True(at >= 0, "the reason should be stored as plain text");
        Encoding.UTF8.GetBytes("BBBBBBBB").CopyTo(bytes, at);
        File.WriteAllBytes(AuditFile, bytes);

        await using var reopened = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);
        var verification = await reopened.VerifyAsync();

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSequence);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_and_delete_through_SQLite_are_refused()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);
        await log.AppendAsync(Read("u1", "clue:1", "routine check"));

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + AuditFile + ";Pooling=False");
        connection.Open();
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE audit SET reason = 'nothing to see'";
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit";

        Assert.Contains("append-only", Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => update.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => delete.ExecuteNonQuery()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_auditors_may_query_and_both_outcomes_are_audited()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);
        var analyst = Auditor with { UserId = "analyst1", Roles = new HashSet<Role> { Role.Analyst } };

        await Assert.ThrowsAsync<AccessDeniedException>(() => log.QueryAsync(new AuditQuery(), analyst));
        var records = await log.QueryAsync(new AuditQuery(), Auditor);

        Assert.Equal(["ReadAuditDenied", "ReadAudit"], records.Select(r => r.Entry.Action));
        Assert.Equal(["analyst1", "auditor1"], records.Select(r => r.Entry.UserId));
    }

    [Fact]
    public async Task Queries_filter_by_user_target_and_time()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);
        await log.AppendAsync(Read("u1", "clue:1", "a") with { At = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        await log.AppendAsync(Read("u2", "clue:1", "b") with { At = new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero) });
        await log.AppendAsync(Read("u1", "clue:2", "c") with { At = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero) });

        var byUser = await log.QueryAsync(new AuditQuery { UserId = "u1" }, Auditor);
        var byTarget = await log.QueryAsync(new AuditQuery { TargetId = "clue:1" }, Auditor);
        var byTime = await log.QueryAsync(new AuditQuery { From = new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero) }, Auditor);

        Assert.Equal(["a", "c"], byUser.Select(r => r.Entry.Reason));
        Assert.Equal(["a", "b"], byTarget.Select(r => r.Entry.Reason));
        Assert.Equal(["b"], byTime.Select(r => r.Entry.Reason));
    }
}
