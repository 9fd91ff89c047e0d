using Clues.Core.Graph;

namespace Clues.Core.Model;

/// <summary>
/// Which labels each relationship type may join, as data: the store is generic, so the domain checks
/// this before it writes (see <see cref="GraphBatchBuilder"/>).
/// </summary>
public static class RelationshipSchema
{
    private static readonly Dictionary<RelType, (NodeLabel[] Start, NodeLabel[] End)> Table = new()
    {
        [RelType.Holds] = ([NodeLabel.Person], [NodeLabel.Position]),
        [RelType.PositionIn] = ([NodeLabel.Position], [NodeLabel.Unit]),
        [RelType.RelativeOf] = ([NodeLabel.Person], [NodeLabel.Person]),
        [RelType.AssociateOf] = ([NodeLabel.Person], [NodeLabel.Person]),
        [RelType.SubordinateTo] = ([NodeLabel.Unit], [NodeLabel.Unit]),
        [RelType.PartOf] = ([NodeLabel.Jurisdiction], [NodeLabel.Jurisdiction]),
        [RelType.InJurisdiction] = ([NodeLabel.Unit, NodeLabel.Body, NodeLabel.InspectionRound], [NodeLabel.Jurisdiction]),
        [RelType.LegalRepresentativeOf] = ([NodeLabel.Person], [NodeLabel.Company]),
        [RelType.ShareholderOf] = ([NodeLabel.Person, NodeLabel.Company], [NodeLabel.Company]),
        [RelType.OwnsProject] = ([NodeLabel.Unit], [NodeLabel.Project]),
        [RelType.Contracted] = ([NodeLabel.Company], [NodeLabel.Project]),
        [RelType.ManagesFund] = ([NodeLabel.Unit], [NodeLabel.Fund]),
        [RelType.PaidFrom] = ([NodeLabel.Payment], [NodeLabel.Fund, NodeLabel.Unit, NodeLabel.Company]),
        [RelType.PaidTo] = ([NodeLabel.Payment], [NodeLabel.Company, NodeLabel.Person]),
        [RelType.PaymentFor] = ([NodeLabel.Payment], [NodeLabel.Project]),
        [RelType.Concerns] = ([NodeLabel.Clue], [NodeLabel.Person, NodeLabel.Unit, NodeLabel.Company]),
        [RelType.FoundIn] = ([NodeLabel.Clue], [NodeLabel.InspectionRound]),
        [RelType.CollectedBy] = ([NodeLabel.Clue], [NodeLabel.InspectionGroup]),
        [RelType.GroupOf] = ([NodeLabel.InspectionGroup], [NodeLabel.InspectionRound]),
        [RelType.Inspects] = ([NodeLabel.InspectionGroup], [NodeLabel.Unit]),
        [RelType.HandedTo] = ([NodeLabel.Clue], [NodeLabel.Body]),
    };

    /// <summary>True when a relationship of <paramref name="type"/> may go from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static bool Allows(RelType type, NodeLabel start, NodeLabel end) =>
        Table.TryGetValue(type, out var rule) && rule.Start.Contains(start) && rule.End.Contains(end);

    /// <summary>A sentence naming what the type joins, for error messages.</summary>
    public static string Describe(RelType type) =>
        Table.TryGetValue(type, out var rule)
            ? $"{type} joins {string.Join(" or ", rule.Start)} to {string.Join(" or ", rule.End)}"
            : $"{type} has no schema entry";
}
