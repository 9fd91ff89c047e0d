using Clues.Core.Graph;
using Clues.Graph.Contract;

namespace Clues.Graph.Neo4j.Tests.Contract;

[Collection(Neo4jTestDatabase.Collection)]
public sealed class Neo4jWritesContractTests : GraphStoreWritesContract
{
    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Neo4jTestDatabase.OpenEmptyAsync();

    protected override Task<IGraphStore> ReopenStoreAsync() => Neo4jTestDatabase.OpenAsync();
}
