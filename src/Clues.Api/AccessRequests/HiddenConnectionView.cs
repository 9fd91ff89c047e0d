namespace Clues.Api.AccessRequests;

/// <summary>The GraphQL <c>HiddenConnection</c>: how much of an answer one office holds back, and a handle to ask for it.</summary>
/// <param name="Owner">The owning office, or null when the nodes have no jurisdiction.</param>
/// <param name="Nodes">Hidden nodes in the group.</param>
/// <param name="Edges">Relationships of the answer that touch them.</param>
/// <param name="Handle">The sealed handle for requestAccess, or null when there is no owner to ask.</param>
internal sealed record HiddenConnectionView(JurisdictionRefView? Owner, int Nodes, int Edges, string? Handle);
