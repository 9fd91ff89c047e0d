using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>A rule's <c>when</c>: every non-null condition must hold; group names are already expanded to codes.</summary>
/// <param name="Problems">The problem is one of these; null matches any.</param>
/// <param name="ExceptProblems">The problem is none of these.</param>
/// <param name="ManagementLevels">The subject's management level is one of these; null matches any.</param>
/// <param name="FoundBy">The finding round's level is one of these; null matches any.</param>
/// <param name="Flags">The case carries every one of these.</param>
public sealed record RuleConditions(
    IReadOnlySet<ProblemCode>? Problems,
    IReadOnlySet<ProblemCode> ExceptProblems,
    IReadOnlySet<ManagementLevel>? ManagementLevels,
    IReadOnlySet<JurisdictionLevel>? FoundBy,
    IReadOnlySet<RoutingFlag> Flags)
{
    /// <summary>Whether the case meets every condition.</summary>
    /// <param name="routingCase">The case.</param>
    /// <returns>True on a match.</returns>
    public bool Matches(RoutingCase routingCase)
    {
        ArgumentNullException.ThrowIfNull(routingCase);
        return (Problems is null || Problems.Contains(routingCase.Problem))
            && !ExceptProblems.Contains(routingCase.Problem)
            && (ManagementLevels is null || ManagementLevels.Contains(routingCase.Subject.ManagementLevel))
            && (FoundBy is null || FoundBy.Contains(routingCase.FoundBy.Level))
            && Flags.All(routingCase.Flags.Contains);
    }
}
