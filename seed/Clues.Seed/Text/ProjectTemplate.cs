using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Text;

/// <summary>
/// A kind of project: a name pattern (tokens <c>{region}</c>, <c>{road}</c>, <c>{place}</c>, <c>{place2}</c>,
/// <c>{unit}</c>), its kind, a budget range in yuan and the owner tags (department keys, or
/// firm / institution / township / village / any) it fits.
/// </summary>
internal sealed record ProjectTemplate(string Pattern, ProjectKind Kind, decimal MinBudget, decimal MaxBudget, string[] OwnerTags);
