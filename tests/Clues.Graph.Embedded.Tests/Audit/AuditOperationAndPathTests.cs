using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded.Audit;

namespace Clues.Graph.Embedded.Tests.Audit;

/// <summary>Entries that name their GraphQL operation and field path: stored, chained, tamper-evident, and compatible with logs written before them.</summary>
public sealed class AuditOperationAndPathTests : IDisposable
{
    private readonly TempStoreDirectory _directory = new();

    private string AuditFile => Path.Combine(_directory.Path, "audit.db");

    private static Principal Auditor => new("auditor1", "Auditor", new HashSet<Role> { Role.Auditor }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    public void Dispose() => _directory.Dispose();

    private static AuditEntry Entry(int i) => new(
        "u" + (i % 3),
        new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i),
        "ReadClue",
        "clue:" + i,
        "研判 " + i,
        "req-" + i,
        i % 2 == 0 ? "query ClueDetail" : "query (anonymous)",
        $"clues.edges.{i}.node.summary");

    private async Task WriteLogAsync(int entries)
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 });
        for (var i = 1; i <= entries; i++)
        {
            await log.AppendAsync(Entry(i));
        }
    }

    [Fact]
    public async Task Operation_and_field_path_are_stored_read_back_and_the_chain_verifies()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);
        await log.AppendAsync(Entry(1));
        await log.AppendAsync(Entry(2) with { Operation = null, FieldPath = null });

        var records = await log.QueryAsync(new AuditQuery { Action = "ReadClue" }, Auditor);
        var verification = await log.VerifyAsync();

        Assert.Equal("query (anonymous)", records[0].Entry.Operation);
        Assert.Equal("clues.edges.1.node.summary", records[0].Entry.FieldPath);
        Assert.Null(records[1].Entry.Operation);
        Assert.Null(records[1].Entry.FieldPath);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Theory]
    [InlineData("UPDATE audit SET operation = 'query Harmless' WHERE seq = 3")]
    [InlineData("UPDATE audit SET field_path = 'stats.nodes' WHERE seq = 3")]
    [InlineData("UPDATE audit SET operation = NULL, field_path = NULL WHERE seq = 3")]
    public async Task An_edit_of_the_operation_or_field_path_is_named_as_edited(string edit)
    {
        await WriteLogAsync(6);
        AuditTamper.Run(AuditFile, edit);

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Edited, check.Fault);
        Assert.Equal(3, check.FirstBadSequence);
        Assert.Contains("Entry 3 was altered", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Giving_an_operation_to_an_entry_written_without_one_is_named_as_edited()
    {
        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 }))
        {
            await log.AppendAsync(Entry(1));
            await log.AppendAsync(Entry(2) with { Operation = null, FieldPath = null });
            await log.AppendAsync(Entry(3));
        }

        AuditTamper.Run(AuditFile, "UPDATE audit SET operation = 'query Routine', field_path = 'stats' WHERE seq = 2");
        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Edited, check.Fault);
        Assert.Equal(2, check.FirstBadSequence);
    }

    [Fact]
    public void The_hash_tells_apart_either_field_missing_and_text_moved_between_them()
    {
        var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var one = new AuditEntry("u", at, "ReadClue", "c", null, null, "query A", "b.c");
        var other = one with { Operation = "query A b", FieldPath = "c" };
        var pathOnly = one with { Operation = null };
        var operationOnly = one with { FieldPath = null };

        var hashes = new[] { one, other, pathOnly, operationOnly, one with { Operation = null, FieldPath = null } }
            .Select(e => AuditChain.Hash(AuditChain.Genesis, 1, e))
            .ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public async Task A_batch_appended_together_gets_consecutive_sequences_in_the_order_given_while_others_append()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default);
        var batch = Enumerable.Range(1, 300).Select(i => Entry(i) with { UserId = "register-reader" }).ToList();

        var singles = Enumerable.Range(1, 100).Select(i => log.AppendAsync(Entry(i))).ToList();
        var many = log.AppendManyAsync(batch);
        await Task.WhenAll(singles);
        var sequences = await many;
        var stored = await log.QueryAsync(new AuditQuery { UserId = "register-reader", Limit = 1000 }, Auditor);

        Assert.Equal(300, sequences.Count);
        Assert.All(sequences.Skip(1).Zip(sequences), pair => Assert.Equal(pair.Second + 1, pair.First));
        Assert.Equal(batch.Select(e => e.TargetId), stored.Select(r => r.Entry.TargetId));
        Assert.True((await log.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task An_old_format_log_verifies_as_it_is_before_any_upgrade()
    {
        var head = OldFormatAuditLog.Create(AuditFile, 7);
        AuditAnchorFile.Write(AuditAnchorFile.PathFor(AuditFile), new AuditAnchor(7, head, 0, DateTimeOffset.UtcNow, null, null));

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.True(check.IsIntact, check.Problem);
        Assert.Equal(7, check.Entries);
        Assert.Equal(head, check.HeadHash);
        Assert.DoesNotContain("operation", OldFormatAuditLog.Columns(AuditFile));
    }

    [Fact]
    public async Task An_old_format_log_is_upgraded_on_open_keeps_its_entries_and_chains_new_ones_that_verify()
    {
        var head = OldFormatAuditLog.Create(AuditFile, 7);
        AuditAnchorFile.Write(AuditAnchorFile.PathFor(AuditFile), new AuditAnchor(7, head, 0, DateTimeOffset.UtcNow, null, null));

        IReadOnlyList<AuditRecord> records;
        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 }))
        {
            Assert.False(log.AnchorFrozen);
            Assert.Equal(8, await log.AppendAsync(Entry(8)));
            records = await log.QueryAsync(new AuditQuery { Limit = 1000 }, Auditor);
        }

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Contains("operation", OldFormatAuditLog.Columns(AuditFile));
        Assert.Contains("field_path", OldFormatAuditLog.Columns(AuditFile));
        Assert.True(check.IsIntact, check.Problem);
        Assert.Equal(9, check.Entries); // seven old ones, the new one, and the auditor's read of the log
        Assert.All(records.Take(7), r => Assert.Null(r.Entry.Operation));
        Assert.Equal("query ClueDetail", records[7].Entry.Operation);
        Assert.Equal(head, records[6].Hash);
    }

    [Fact]
    public async Task After_the_upgrade_an_edit_of_an_old_entry_and_of_a_new_entry_are_each_named()
    {
        OldFormatAuditLog.Create(AuditFile, 5);
        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 }))
        {
            await log.AppendAsync(Entry(6));
            await log.AppendAsync(Entry(7));
        }

        AuditTamper.Run(AuditFile, "UPDATE audit SET field_path = 'handoverRegister' WHERE seq = 7");
        var newEdited = await AuditVerifier.VerifyAsync(AuditFile, null);
        AuditTamper.Run(AuditFile, "UPDATE audit SET reason = 'nothing to see' WHERE seq = 4");
        var oldEdited = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal((AuditFault.Edited, 7L), (newEdited.Fault!.Value, newEdited.FirstBadSequence!.Value));
        Assert.Equal((AuditFault.Edited, 4L), (oldEdited.Fault!.Value, oldEdited.FirstBadSequence!.Value));
    }
}
