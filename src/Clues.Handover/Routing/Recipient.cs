using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>The body a decision hands to: its kind, level and jurisdiction.</summary>
/// <param name="Route">Kind of receiving body.</param>
/// <param name="Level">Province, city or county.</param>
/// <param name="Jurisdiction">Division code of the receiving body.</param>
public sealed record Recipient(HandoverRoute Route, JurisdictionLevel Level, DivisionCode Jurisdiction)
{
    /// <summary>A readable name, e.g. <c>纪委监委 350100</c>.</summary>
    /// <returns>The label and the code.</returns>
    public override string ToString() => $"{Clues.Core.Model.Taxonomy.Labels.Of(Route)} {Jurisdiction.Value}";
}
