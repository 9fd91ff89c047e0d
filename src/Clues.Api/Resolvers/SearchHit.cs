namespace Clues.Api.Resolvers;

/// <summary>One name-search result: its 1-based rank and the node (a domain record or an <see cref="EntityNode"/>).</summary>
internal sealed record SearchHit(int Rank, object Node);
