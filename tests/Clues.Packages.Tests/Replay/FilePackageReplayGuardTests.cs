using Clues.Packages.Replay;

namespace Clues.Packages.Tests.Replay;

public sealed class FilePackageReplayGuardTests
{
    [Fact]
    public async Task A_package_id_is_accepted_once_and_refused_after_reopening()
    {
        using var folder = new TempFolder();
        var path = folder.File("seen/packages.tsv");
        var id = Guid.NewGuid();

        var first = await new FilePackageReplayGuard(path).TryRecordAsync(id, "江临巡移〔2026〕12号", DateTimeOffset.UtcNow, CancellationToken.None);
        var reopened = new FilePackageReplayGuard(path);
        var again = await reopened.TryRecordAsync(id, "江临巡移〔2026〕12号", DateTimeOffset.UtcNow, CancellationToken.None);
        var other = await reopened.TryRecordAsync(Guid.NewGuid(), "江临巡移〔2026〕13号", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.True(first);
        Assert.False(again);
        Assert.True(other);
        Assert.True(await reopened.HasSeenAsync(id, CancellationToken.None));
        Assert.False(await reopened.HasSeenAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Equal(2, (await File.ReadAllLinesAsync(path)).Length);
    }

    [Fact]
    public async Task Concurrent_imports_of_the_same_package_accept_it_exactly_once()
    {
        using var folder = new TempFolder();
        var path = folder.File("packages.tsv");
        var id = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new FilePackageReplayGuard(path).TryRecordAsync(id, "n", DateTimeOffset.UtcNow, CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r));
    }
}
