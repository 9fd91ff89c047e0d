namespace Clues.Api.Resolvers;

/// <summary>One search result: its 1-based rank, what matched, and the node (a domain record).</summary>
internal sealed record SearchHit(int Rank, SearchMatch MatchedBy, object Node);
