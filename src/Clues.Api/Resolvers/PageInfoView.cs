namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>PageInfo</c> of a connection page.</summary>
internal sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
