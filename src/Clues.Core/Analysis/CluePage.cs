namespace Clues.Core.Analysis;

/// <summary>One page of clues in ascending id order.</summary>
/// <param name="Items">The clues on this page.</param>
/// <param name="TotalCount">How many clues match the filter across all pages.</param>
/// <param name="EndCursor">Pass as <c>after</c> for the next page; null when the page is empty.</param>
/// <param name="HasNextPage">True when clues follow this page.</param>
public sealed record CluePage(IReadOnlyList<ClueListItem> Items, int TotalCount, string? EndCursor, bool HasNextPage);
