using Clues.Core.Analysis;

namespace Clues.Api.Resolvers;

/// <summary>A <c>ClueListEdge</c>: a listed clue and, for the page's last item only, the cursor to continue after it.</summary>
internal sealed record ClueListEdgeView(string? Cursor, ClueListItem Item);
