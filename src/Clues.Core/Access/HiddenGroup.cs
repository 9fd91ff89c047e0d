using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>The hidden nodes of one answer that belong to one office, and how many relationships lead into them.</summary>
/// <param name="Owner">The office to ask (its jurisdiction), or null when the nodes have no jurisdiction at all.</param>
/// <param name="NodeIds">The hidden nodes' store ids, ordinal order; never sent to the caller.</param>
/// <param name="Edges">Relationships of the answer that touch these nodes.</param>
public sealed record HiddenGroup(DivisionCode? Owner, IReadOnlyList<string> NodeIds, int Edges);
