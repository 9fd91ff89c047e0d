using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Graph.Embedded;

namespace Clues.Core.Tests.Analysis;

/// <summary>A small hand-built graph in a throwaway embedded store, for edge cases the seed does not plant.</summary>
public sealed class ScratchStore : IAsyncDisposable
{
    private readonly string _directory;

    private ScratchStore(string directory, EmbeddedGraphStore store)
    {
        _directory = directory;
        Store = store;
    }

    public EmbeddedGraphStore Store { get; }

    public static async Task<ScratchStore> WithAsync(GraphBatchBuilder builder)
    {
        var directory = Path.Combine(Path.GetTempPath(), "clues-analysis-scratch-" + Guid.NewGuid().ToString("N"));
        var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(directory) { SynchronousFull = false });
        await store.WriteAsync(builder.Build());
        return new ScratchStore(directory, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
