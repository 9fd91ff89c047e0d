using System.Security.Cryptography;
using System.Text;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Core.Sealing;
using Clues.Graph.Embedded.Audit;
using Clues.Graph.Embedded.Sealing;

namespace Clues.Graph.Embedded.Tests.Sealing;

public sealed class SqliteSealedReporterStoreTests : IAsyncLifetime
{
    private static readonly DivisionCode County = DivisionCode.Parse("431421");
    private static readonly ReporterIdentity Reporter = new("张秘密举报人", "13800000000", null, "prefers letters");

    private readonly TempStoreDirectory _directory = new();
    private readonly SealingKey _key = SealingKey.FromBytes(RandomNumberGenerator.GetBytes(32));
    private SqliteAuditLog _audit = null!;

    private string SealedFile => Path.Combine(_directory.Path, "sealed.db");

    private static Principal Staff(string code = "431421") =>
        new("staff1", "Office staff", new HashSet<Role> { Role.OfficeStaff }, DivisionCode.Parse(code), JurisdictionLevel.County);

    private static Principal Auditor => new("auditor1", "Auditor", new HashSet<Role> { Role.Auditor }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    public Task InitializeAsync()
    {
        _audit = SqliteAuditLog.Open(Path.Combine(_directory.Path, "audit.db"), AccessPolicy.Default);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _audit.DisposeAsync();
        _key.Dispose();
        _directory.Dispose();
    }

    private SqliteSealedReporterStore Open(SealingKey? key = null) => SqliteSealedReporterStore.Open(SealedFile, key ?? _key, _audit, AccessPolicy.Default);

    [Fact]
    public async Task Office_staff_get_back_what_was_sealed()
    {
        using var store = Open();
        await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");

        var identity = await store.GetAsync("clue:1", Staff(), "verify reporter before talk");

        Assert.Equal(Reporter, identity);
    }

    [Fact]
    public async Task The_plain_identity_is_not_in_the_file_bytes()
    {
        using (var store = Open())
        {
            await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");
        }

        var bytes = File.ReadAllBytes(SealedFile).Concat(File.Exists(SealedFile + "-wal") ? File.ReadAllBytes(SealedFile + "-wal") : []).ToArray();

        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Reporter.Name)));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("13800000000")));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("prefers letters")));
    }

    [Fact]
    public async Task An_analyst_is_denied_and_the_attempt_is_audited()
    {
        using var store = Open();
        await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");
        var analyst = Staff() with { UserId = "analyst1", Roles = new HashSet<Role> { Role.Analyst } };

        await Assert.ThrowsAsync<AccessDeniedException>(() => store.GetAsync("clue:1", analyst, "curious"));

        var entries = await _audit.QueryAsync(new AuditQuery { TargetId = "clue:1" }, Auditor);
        Assert.Contains(entries, r => r.Entry is { UserId: "analyst1", Action: "ReadReporterIdentityDenied", Reason: "curious" });
    }

    [Fact]
    public async Task Office_staff_of_another_county_are_denied()
    {
        using var store = Open();
        await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");

        await Assert.ThrowsAsync<AccessDeniedException>(() => store.GetAsync("clue:1", Staff("431402"), "look"));
    }

    [Fact]
    public async Task A_read_without_a_reason_is_denied()
    {
        using var store = Open();
        await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");

        var e = await Assert.ThrowsAsync<AccessDeniedException>(() => store.GetAsync("clue:1", Staff(), " "));

        Assert.Contains("reason", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_granted_read_is_audited_with_who_and_why()
    {
        using var store = Open();
        await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");

        await store.GetAsync("clue:1", Staff(), "arrange protection");

        var entries = await _audit.QueryAsync(new AuditQuery { TargetId = "clue:1" }, Auditor);
        Assert.Equal(["SealReporterIdentity", "ReadReporterIdentity"], entries.Select(r => r.Entry.Action));
        Assert.Equal("arrange protection", entries[1].Entry.Reason);
        Assert.Equal("staff1", entries[1].Entry.UserId);
        Assert.DoesNotContain(entries, r => (r.Entry.Reason ?? "").Contains(Reporter.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Opening_with_the_wrong_key_fails_clearly()
    {
        using (var store = Open())
        {
            await store.PutAsync("clue:1", County, Reporter, Staff(), "registration");
        }

        using var other = SealingKey.FromBytes(RandomNumberGenerator.GetBytes(32));
        var e = Assert.Throws<SealedStoreKeyException>(() => Open(other));

        Assert.Contains(other.KeyId, e.Message, StringComparison.Ordinal);
        Assert.Contains(_key.KeyId, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_identity_reads_as_null()
    {
        using var store = Open();

        Assert.Null(await store.GetAsync("clue:none", Staff(), "check"));
    }

    [Fact]
    public void The_identity_does_not_print_itself()
    {
        Assert.DoesNotContain(Reporter.Name, Reporter.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_round_trips_and_rejects_a_short_key()
    {
        var path = Path.Combine(_directory.Path, "sealing.key");
        using var created = SealingKey.CreateFile(path);
        using var loaded = SealingKey.Load(path);
        var shortPath = Path.Combine(_directory.Path, "short.key");
        File.WriteAllText(shortPath, Convert.ToBase64String(new byte[16]));

        Assert.Equal(created.KeyId, loaded.KeyId);
        Assert.Contains("256-bit", Assert.Throws<InvalidOperationException>(() => SealingKey.Load(shortPath)).Message, StringComparison.Ordinal);
    }
}
