namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>PathSet</c>.</summary>
internal sealed record PathSetView(IReadOnlyList<PathView> Paths, bool Truncated);
