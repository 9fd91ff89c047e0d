namespace Clues.Api.AccessRequests;

/// <summary>The GraphQL <c>HiddenPath</c>: a path through hidden nodes, summarised instead of returned.</summary>
/// <param name="Length">Its hops.</param>
/// <param name="HiddenNodes">How many of its nodes are hidden.</param>
/// <param name="Connections">The hidden nodes per owning office.</param>
internal sealed record HiddenPathView(int Length, int HiddenNodes, IReadOnlyList<HiddenConnectionView> Connections)
{
    public IReadOnlyList<JurisdictionRefView> Owners =>
        Connections.Select(c => c.Owner).OfType<JurisdictionRefView>().ToList();
}
