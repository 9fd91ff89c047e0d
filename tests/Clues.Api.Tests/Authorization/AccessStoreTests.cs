using Clues.Api.AccessRequests;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Api.Tests.Authorization;

/// <summary>access.db on a real file: requests, decisions and grants survive a reopen.</summary>
public sealed class AccessStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DivisionCode Qingshan = DivisionCode.Parse("431421");
    private static readonly DivisionCode Jiangbei = DivisionCode.Parse("431402");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "clues-access-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "access.db");

    private static Principal User(string id, Role role, DivisionCode office) =>
        new(id, id, new HashSet<Role> { role }, office, JurisdictionLevel.County);

    [Fact]
    public async Task A_granted_request_is_shared_with_the_requesting_office_and_still_is_after_reopening()
    {
        var request = AccessRequest.File("AR-1", User("qs", Role.Analyst, Qingshan), AccessPolicy.Default, Jiangbei, ["clue-1", "per-1"], "研判需要", Now);
        var granted = request.Decide(User("jb", Role.OfficeStaff, Jiangbei), AccessPolicy.Default, true, null, Now.AddHours(1));
        using (var store = AccessStore.Open(DatabasePath))
        {
            await store.AddAsync(request, CancellationToken.None);
            Assert.False(store.Shared.IsShared(Qingshan, "clue-1"));
            Assert.True(await store.DecideAsync(granted, ["clue-1"], CancellationToken.None));
            // A second decision of the same request finds it no longer pending and writes nothing.
            Assert.False(await store.DecideAsync(granted with { Status = AccessRequestStatus.Refused }, [], CancellationToken.None));
        }

        using var reopened = AccessStore.Open(DatabasePath);
        var incoming = await reopened.AddressedToAsync(Jiangbei, null, CancellationToken.None);
        var outgoing = await reopened.FiledByAsync(Qingshan, AccessRequestStatus.Granted, CancellationToken.None);

        Assert.True(reopened.Shared.IsShared(Qingshan, "clue-1"));
        Assert.False(reopened.Shared.IsShared(Qingshan, "per-1"));
        Assert.False(reopened.Shared.IsShared(Jiangbei, "clue-1"));
        var stored = Assert.Single(incoming);
        Assert.Equal(AccessRequestStatus.Granted, stored.Status);
        Assert.Equal(["clue-1", "per-1"], stored.NodeIds);
        Assert.Equal("jb", stored.DecidedBy);
        Assert.Equal(Now.AddHours(1), stored.DecidedAt);
        Assert.Equal("研判需要", stored.Reason);
        Assert.Equal("AR-1", Assert.Single(outgoing).Id);
        Assert.Empty(await reopened.FiledByAsync(Qingshan, AccessRequestStatus.Pending, CancellationToken.None));
    }

    [Fact]
    public async Task A_share_is_stored_granted_and_takes_effect_at_once()
    {
        var share = AccessRequest.Share("AR-2", User("jb", Role.LeadingGroup, Jiangbei), AccessPolicy.Default, Qingshan, ["clue-9"], "交县纪委处置", Now);
        using var store = AccessStore.Open(DatabasePath);

        await store.AddAsync(share, CancellationToken.None);

        Assert.True(store.Shared.IsShared(Qingshan, "clue-9"));
        var stored = await store.GetAsync("AR-2", CancellationToken.None);
        Assert.Equal(AccessRequestStatus.Granted, stored!.Status);
        Assert.Equal("jb", stored.DecidedBy);
        Assert.Null(await store.GetAsync("AR-404", CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
