using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// A leading-team post a cadre held in a unit and the days it was held: the overlap of the
/// <see cref="RelType.Holds"/> and <see cref="RelType.PositionIn"/> validity and the post's own dates.
/// </summary>
/// <param name="Position">The post.</param>
/// <param name="Title">The post's title.</param>
/// <param name="Rank">The post's rank.</param>
/// <param name="From">First day held; null when unknown (open).</param>
/// <param name="To">Last day held; null while still held.</param>
public sealed record CadreTenure(NodeRef Position, string Title, CadreRank Rank, DateOnly? From, DateOnly? To);
