using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Graph.Embedded.Audit;

namespace Clues.Graph.Embedded.Tests.Audit;

public sealed class AuditVerifierTests : IDisposable
{
    private const int Entries = 10;

    private readonly TempStoreDirectory _directory = new();

    private string AuditFile => Path.Combine(_directory.Path, "audit.db");

    private string AnchorFile => Path.Combine(_directory.Path, "audit.head");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_untouched_log_verifies_with_its_entry_count_and_head_hash()
    {
        await WriteLogAsync();

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.True(check.IsIntact, check.Problem);
        Assert.Equal(Entries, check.Entries);
        Assert.Equal(AuditTamper.Links(AuditFile)[^1].Hash, check.HeadHash);
        Assert.Equal(Entries, check.Anchor?.Sequence);
    }

    [Fact]
    public async Task An_edited_entry_is_named_as_edited()
    {
        await WriteLogAsync();
        AuditTamper.Run(AuditFile, "UPDATE audit SET reason = 'nothing happened' WHERE seq = 4");

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Edited, check.Fault);
        Assert.Equal(4, check.FirstBadSequence);
        Assert.Equal(3, check.Entries);
        Assert.Contains("Entry 4 was altered", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_edited_and_rehashed_is_named_not_its_successor()
    {
        await WriteLogAsync();
        var links = AuditTamper.Links(AuditFile);
        var forged = new AuditEntry("u9", new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), "ReadClue", "clue:other", "forged", null);
        AuditTamper.Run(AuditFile,
            "UPDATE audit SET user_id = 'u9', at = $at, target_id = 'clue:other', reason = 'forged', request_id = NULL, hash = $hash WHERE seq = 5",
            ("$at", AuditChain.FormatTime(forged.At)), ("$hash", AuditChain.Hash(links[3].Hash, 5, forged)));

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Edited, check.Fault);
        Assert.Equal(5, check.FirstBadSequence);
    }

    [Fact]
    public async Task A_deleted_entry_is_named_as_missing()
    {
        await WriteLogAsync();
        AuditTamper.Run(AuditFile, "DELETE FROM audit WHERE seq = 6");

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Missing, check.Fault);
        Assert.Equal(6, check.FirstBadSequence);
        Assert.Contains("Entry 6 is missing", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swapped_entries_are_named_as_reordered()
    {
        await WriteLogAsync();
        AuditTamper.Run(AuditFile, "UPDATE audit SET seq = -1 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = -1;");

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Reordered, check.Fault);
        Assert.Equal(3, check.FirstBadSequence);
        Assert.Contains("stored as entry 4", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_cut_off_the_end_are_caught_by_the_anchor()
    {
        await WriteLogAsync();
        AuditTamper.Run(AuditFile, "DELETE FROM audit WHERE seq > 7");

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Truncated, check.Fault);
        Assert.Equal(8, check.FirstBadSequence);
        Assert.Equal(7, check.Entries);
        Assert.Contains("truncated after entry 7", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_recomputed_after_a_change_is_caught_by_the_anchor()
    {
        await WriteLogAsync();
        RewriteChainFrom(3, "whitewashed");

        var chainOnly = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Rewritten, chainOnly.Fault);
        Assert.Equal(Entries, chainOnly.FirstBadSequence);
    }

    [Fact]
    public async Task A_log_with_entries_but_no_anchor_fails_verification()
    {
        await WriteLogAsync();
        File.Delete(AnchorFile);

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.AnchorMissing, check.Fault);
        Assert.Contains("audit.head is missing", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopening_a_cut_log_keeps_the_old_anchor_as_evidence()
    {
        await WriteLogAsync();
        AuditTamper.Run(AuditFile, "DELETE FROM audit WHERE seq > 8");

        await using (var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 }))
        {
            Assert.True(log.AnchorFrozen);
            await log.AppendAsync(Entry(100));
            await log.AppendAsync(Entry(101));
            await log.AppendAsync(Entry(102));
            Assert.False((await log.VerifyAsync()).IsIntact);
        }

        var check = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.Equal(AuditFault.Rewritten, check.Fault);
        Assert.Equal(Entries, check.Anchor?.Sequence);
    }

    [Fact]
    public async Task A_signed_anchor_verifies_with_its_key_and_rejects_another_key()
    {
        using var key = AuditAnchorKey.FromBytes(Enumerable.Repeat((byte)7, 32).ToArray());
        using var other = AuditAnchorKey.FromBytes(Enumerable.Repeat((byte)8, 32).ToArray());
        await WriteLogAsync(key);

        var good = await AuditVerifier.VerifyAsync(AuditFile, key);
        var wrong = await AuditVerifier.VerifyAsync(AuditFile, other);
        var withoutKey = await AuditVerifier.VerifyAsync(AuditFile, null);

        Assert.True(good.IsIntact, good.Problem);
        Assert.True(good.Anchor?.IsSigned);
        Assert.Equal(AuditFault.AnchorInvalid, wrong.Fault);
        Assert.True(withoutKey.IsIntact);
        Assert.Contains(withoutKey.Notes, n => n.Contains("not checked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forging_the_anchor_after_a_cut_is_caught_when_it_is_signed()
    {
        using var key = AuditAnchorKey.FromBytes(Enumerable.Repeat((byte)7, 32).ToArray());
        await WriteLogAsync(key);
        AuditTamper.Run(AuditFile, "DELETE FROM audit WHERE seq > 6");
        var tail = AuditTamper.Links(AuditFile)[^1];
        var original = AuditAnchorFile.Read(AnchorFile)!;

        // Without the key, the intruder can only write an unsigned anchor or keep the old signature.
        AuditAnchorFile.Write(AnchorFile, original with { Sequence = 6, Hash = tail.Hash });
        var keptSignature = await AuditVerifier.VerifyAsync(AuditFile, key);
        AuditAnchorFile.Write(AnchorFile, original with { Sequence = 6, Hash = tail.Hash, KeyId = null, Mac = null });
        var unsigned = await AuditVerifier.VerifyAsync(AuditFile, key);

        Assert.Equal(AuditFault.AnchorInvalid, keptSignature.Fault);
        Assert.Contains("altered", keptSignature.Problem, StringComparison.Ordinal);
        Assert.Equal(AuditFault.AnchorInvalid, unsigned.Fault);
        Assert.Contains("not signed", unsigned.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifying_while_entries_are_appended_never_reports_a_false_cut()
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorEveryEntries = 1 });
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                await log.AppendAsync(Entry(i));
            }
        });

        var checks = new List<AuditCheck>();
        while (!writing.IsCompleted)
        {
            checks.Add(await AuditVerifier.VerifyAsync(AuditFile, null));
        }

        await writing;
        checks.Add(await AuditVerifier.VerifyAsync(AuditFile, null));

        Assert.All(checks, c => Assert.True(c.IsIntact, c.Problem));
        Assert.Equal(300, checks[^1].Entries);
    }

    private static AuditEntry Entry(int i) =>
        new("u" + (i % 3), new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i), "ReadClue", "clue:" + i, "review " + i, "req-" + i);

    private async Task WriteLogAsync(AuditAnchorKey? key = null)
    {
        await using var log = SqliteAuditLog.Open(AuditFile, AccessPolicy.Default, null, new AuditLogOptions { AnchorKey = key, AnchorEveryEntries = 1 });
        for (var i = 1; i <= Entries; i++)
        {
            await log.AppendAsync(Entry(i));
        }
    }

    /// <summary>Changes entry <paramref name="from"/> and recomputes every hash after it, as an intruder who knows the chain's formula would.</summary>
    private void RewriteChainFrom(int from, string reason)
    {
        var links = AuditTamper.Links(AuditFile);
        var previous = links[from - 2].Hash;
        for (var sequence = from; sequence <= links.Count; sequence++)
        {
            var entry = Entry(sequence) with { Reason = sequence == from ? reason : Entry(sequence).Reason };
            var hash = AuditChain.Hash(previous, sequence, entry);
            AuditTamper.Run(AuditFile, "UPDATE audit SET reason = $reason, prev_hash = $prev, hash = $hash WHERE seq = $seq",
                ("$reason", entry.Reason!), ("$prev", previous), ("$hash", hash), ("$seq", sequence));
            previous = hash;
        }
    }
}
