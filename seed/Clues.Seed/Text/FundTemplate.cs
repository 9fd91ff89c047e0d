using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Text;

/// <summary>A kind of fund: its theme (名称主体), kind, amount range in yuan, owner tags and whether it pays people (subsidies) or companies.</summary>
internal sealed record FundTemplate(string Theme, FundKind Kind, decimal MinAmount, decimal MaxAmount, string[] OwnerTags, bool PaysPeople);
