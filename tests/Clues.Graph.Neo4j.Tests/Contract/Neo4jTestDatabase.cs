using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Tests.Contract;

/// <summary>
/// Stores on the Neo4j server named by NEO4J_URI. Each contract test empties the database first; all
/// contract classes share the "Neo4j server" collection so they never run at once against it.
/// </summary>
internal static class Neo4jTestDatabase
{
    public const string Collection = "Neo4j server";

    public static async Task<IGraphStore> OpenEmptyAsync()
    {
        var store = await Neo4jGraphStore.ConnectAsync(Neo4jContractSettings.Options());
        await store.ClearAsync(CancellationToken.None);
        return store;
    }

    public static async Task<IGraphStore> OpenAsync() => await Neo4jGraphStore.ConnectAsync(Neo4jContractSettings.Options());
}
