using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class ScanOrderTests : IDisposable
{
    private readonly TempStoreDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Node_scans_page_through_many_ids_in_ordinal_order()
    {
        await using EmbeddedGraphStore store = await _directory.OpenAsync();
        var random = new Random(7);
        List<string> ids = [.. Enumerable.Range(0, 2500).Select(i => $"{(char)('a' + random.Next(26))}{i}")];
        await store.WriteAsync(Batch(ids.Select((id, i) => Node(id, i % 3 == 0 ? NodeLabel.Unit : NodeLabel.Person))));

        List<NodeRef> all = await ToListAsync(store.ScanNodesAsync());
        List<NodeRef> units = await ToListAsync(store.ScanNodesAsync(NodeLabel.Unit, afterId: "m"));

        Assert.Equal(ids.Order(StringComparer.Ordinal), all.Select(n => n.Id));
        Assert.Equal(
            ids.Where((id, i) => i % 3 == 0 && string.CompareOrdinal(id, "m") > 0).Order(StringComparer.Ordinal),
            units.Select(n => n.Id));
    }

    [Fact]
    public async Task Ids_with_surrogate_pairs_still_scan_in_ordinal_order()
    {
        // UTF-8 byte order puts U+E000 before U+1F600; ordinal UTF-16 order puts the surrogate pair first.
        await using EmbeddedGraphStore store = await _directory.OpenAsync();
        await store.WriteAsync(Batch([Node("a\uE000"), Node("a\U0001F600"), Node("a"), Node("b")]));

        List<NodeRef> all = await ToListAsync(store.ScanNodesAsync());
        List<NodeRef> after = await ToListAsync(store.ScanNodesAsync(afterId: "a\U0001F600"));

        Assert.Equal(["a", "a\U0001F600", "a\uE000", "b"], all.Select(n => n.Id));
        Assert.Equal(["a\uE000", "b"], after.Select(n => n.Id));
    }
}
