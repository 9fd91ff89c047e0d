using Clues.Core.Graph;
using Clues.Graph.Contract;

namespace Clues.Graph.Embedded.Tests.Contract;

/// <summary>A fresh embedded store in its own temporary folder, deleted when the test is done.</summary>
internal sealed class TempEmbeddedStore
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "clues-contract-" + Guid.NewGuid().ToString("N"));

    public async Task<IGraphStore> OpenAsync() =>
        await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_directory));

    public Task DeleteAsync()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}

public sealed class EmbeddedGraphStoreWritesContractTests : GraphStoreWritesContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task<IGraphStore> ReopenStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}

public sealed class EmbeddedGraphStoreLookupsContractTests : GraphStoreLookupsContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}

public sealed class EmbeddedGraphStoreNameSearchContractTests : GraphStoreNameSearchContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}

public sealed class EmbeddedGraphStoreNeighborhoodContractTests : GraphStoreNeighborhoodContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}

public sealed class EmbeddedGraphStorePathsContractTests : GraphStorePathsContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}

public sealed class EmbeddedGraphStoreDegreesContractTests : GraphStoreDegreesContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}

public sealed class EmbeddedGraphStoreScansContractTests : GraphStoreScansContract
{
    private readonly TempEmbeddedStore _temp = new();
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _temp.OpenAsync();
    protected override Task CleanUpAfterStoreAsync() => _temp.DeleteAsync();
}
