using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>One post to fill: title, rank, leading-team membership, the management level of its holder and the holder's birth-year range.</summary>
internal readonly record struct PostSpec(string Title, CadreRank Rank, bool Leading, ManagementLevel Level, PostRole Role, int BornFrom, int BornTo);
