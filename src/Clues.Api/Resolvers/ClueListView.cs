namespace Clues.Api.Resolvers;

/// <summary>A <c>ClueListConnection</c>: one page of the clue query service.</summary>
internal sealed record ClueListView(IReadOnlyList<ClueListEdgeView> Edges, PageInfoView PageInfo, int TotalCount);
