using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class ChangeFeedTests
{
    private static IReadOnlyCollection<string> ChangedSince(IGraphChangeFeed feed, long since, out long version)
    {
        Assert.True(feed.TryGetChangedNodes(since, out version, out var ids));
        return ids;
    }

    [Fact]
    public async Task The_feed_names_written_nodes_and_both_ends_of_written_relationships()
    {
        using var directory = new TempStoreDirectory();
        await using var store = await directory.OpenAsync();
        await store.WriteAsync(Batch([Node("p1"), Node("p2"), Node("p3")]));
        var since = store.DataVersion;

        await store.WriteAsync(Batch(rels: [Rel("r1", RelType.AssociateOf, "p1", "p2")]));
        await store.WriteAsync(Batch([Node("p4")]));

        var ids = ChangedSince(store, since, out var version);
        Assert.Equal(store.DataVersion, version);
        Assert.Equal(["p1", "p2", "p4"], ids.Order(StringComparer.Ordinal));
        Assert.Empty(ChangedSince(store, version, out _));
    }

    [Fact]
    public async Task The_feed_names_a_deleted_node_and_the_old_ends_of_a_moved_relationship()
    {
        using var directory = new TempStoreDirectory();
        await using var store = await directory.OpenAsync();
        await store.WriteAsync(Batch([Node("p1"), Node("p2"), Node("p3"), Node("p4")], [Rel("r1", RelType.AssociateOf, "p1", "p2")]));
        var since = store.DataVersion;

        await store.WriteAsync(Batch(rels: [Rel("r1", RelType.AssociateOf, "p3", "p2")]));
        Assert.Equal(["p1", "p2", "p3"], ChangedSince(store, since, out since).Order(StringComparer.Ordinal));

        await store.WriteAsync(new GraphBatch { DeleteRelationships = ["r1"], DeleteNodes = ["p4"] });
        Assert.Equal(["p2", "p3", "p4"], ChangedSince(store, since, out _).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_bulk_write_or_a_forgotten_stretch_asks_for_a_full_read()
    {
        using var directory = new TempStoreDirectory();
        await using var store = await directory.OpenAsync();
        var start = store.DataVersion;
        await store.WriteAsync(Batch(Enumerable.Range(0, 3000).Select(i => Node($"bulk-{i}"))));
        Assert.False(store.TryGetChangedNodes(start, out _, out _));

        var afterBulk = store.DataVersion;
        await store.WriteAsync(Batch([Node("small")]));
        Assert.Equal(["small"], ChangedSince(store, afterBulk, out _));

        Assert.False(store.TryGetChangedNodes(store.DataVersion + 1, out _, out _));
    }
}
