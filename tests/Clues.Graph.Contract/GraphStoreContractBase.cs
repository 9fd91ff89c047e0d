using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Graph.Contract;

/// <summary>
/// What every contract class shares: a fresh store per test (xUnit makes one class instance per test),
/// seeded with <see cref="ContractGraph"/> unless the class says otherwise, and disposed afterwards.
/// A backend's test project derives one class from each contract class and says how to make an empty store.
/// </summary>
public abstract class GraphStoreContractBase : IAsyncLifetime
{
    private IGraphStore? _store;

    /// <summary>The store under test.</summary>
    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Creates a new, empty store that this test alone uses.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Called after the store has been disposed: delete temporary files, databases and so on.</summary>
    protected virtual Task CleanUpAfterStoreAsync() => Task.CompletedTask;

    /// <summary>
    /// Opens the same storage again after <see cref="Store"/> has been disposed (the same folder, the same database),
    /// as a restarted process would. Only contract classes that test durability need it.
    /// </summary>
    protected virtual Task<IGraphStore> ReopenStoreAsync() =>
        throw new NotSupportedException($"{GetType().Name} does not say how to reopen its store.");

    /// <summary>Disposes the store and replaces it with <see cref="ReopenStoreAsync"/>'s.</summary>
    protected async Task RestartStoreAsync()
    {
        var old = _store;
        _store = null;
        if (old is not null)
        {
            await old.DisposeAsync();
        }

        _store = await ReopenStoreAsync();
    }

    /// <summary>Whether the store starts with <see cref="ContractGraph"/> written into it.</summary>
    protected virtual bool StartsWithContractGraph => true;

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        if (StartsWithContractGraph)
        {
            await ContractGraph.WriteAsync(_store);
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_store is not null)
            {
                await _store.DisposeAsync();
            }
        }
        finally
        {
            await CleanUpAfterStoreAsync();
        }
    }

    /// <summary>Reads an async sequence to the end.</summary>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A set literal for filters.</summary>
    protected static IReadOnlySet<T> SetOf<T>(params T[] items) => new HashSet<T>(items);

    /// <summary>The ids of a list of relationships, in order.</summary>
    protected static List<string> IdsOf(IEnumerable<RelationshipRecord> rels) => [.. rels.Select(r => r.Id)];

    /// <summary>The ids of a list of node references, in order.</summary>
    protected static List<string> IdsOf(IEnumerable<NodeRef> nodes) => [.. nodes.Select(n => n.Id)];

    /// <summary>The ids of a list of edges, in order.</summary>
    protected static List<string> IdsOf(IEnumerable<EdgeRef> edges) => [.. edges.Select(e => e.Id)];

    /// <summary>Ids sorted ordinally, for comparing sets whose order the port leaves open.</summary>
    protected static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    /// <summary>Asserts two JSON objects hold the same members and values (member order ignored).</summary>
    protected static void AssertJsonEqual(JsonObject expected, JsonObject actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected JSON {expected.ToJsonString()} but the store returned {actual.ToJsonString()}.");

    /// <summary>Asserts a node as read back equals what was written.</summary>
    protected static void AssertNodeEqual(NodeRecord expected, NodeRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Label, actual.Label);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Key, actual.Key);
        AssertJsonEqual(expected.Properties, actual.Properties);
    }

    /// <summary>Asserts a relationship as read back equals what was written.</summary>
    protected static void AssertRelationshipEqual(RelationshipRecord expected, RelationshipRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.StartId, actual.StartId);
        Assert.Equal(expected.EndId, actual.EndId);
        Assert.Equal(expected.ValidFrom, actual.ValidFrom);
        Assert.Equal(expected.ValidTo, actual.ValidTo);
        AssertJsonEqual(expected.Properties, actual.Properties);
    }

    /// <summary>Asserts an argument was refused as out of range, and the message names it.</summary>
    protected static async Task AssertOutOfRangeAsync(string argumentName, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(call);
        Assert.Contains(argumentName, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Asserts a call was refused because it named an unknown node, and the exception names that id.</summary>
    protected static async Task AssertNodeNotFoundAsync(string unknownId, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<NodeNotFoundException>(call);
        Assert.Equal(unknownId, ex.NodeId);
    }
}
