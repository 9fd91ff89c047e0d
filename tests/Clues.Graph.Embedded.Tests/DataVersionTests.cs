using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class DataVersionTests
{
    [Fact]
    public async Task Committed_writes_raise_the_version_and_empty_or_refused_batches_do_not()
    {
        using var directory = new TempStoreDirectory();
        await using var store = await directory.OpenAsync();
        IGraphDataVersion version = store;
        var start = version.DataVersion;

        await store.WriteAsync(Batch([Node("p1", name: "甲"), Node("p2", name: "乙")], [Rel("r1", RelType.AssociateOf, "p1", "p2")]));
        var afterWrite = version.DataVersion;
        Assert.True(afterWrite > start);

        await store.WriteAsync(Batch());
        Assert.Equal(afterWrite, version.DataVersion);

        await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteAsync(Batch(rels: [Rel("r2", RelType.AssociateOf, "p1", "ghost")])));
        Assert.Equal(afterWrite, version.DataVersion);

        await store.WriteAsync(Batch([Node("p3", name: "丙")]));
        Assert.True(version.DataVersion > afterWrite);
    }
}
