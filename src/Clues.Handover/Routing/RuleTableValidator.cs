using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>
/// Checks a parsed table as a whole. The input space is small (problems × management levels × round levels ×
/// flag sets, under a thousand cases), so coverage and reachability are decided exactly by trying every case.
/// </summary>
internal static class RuleTableValidator
{
    private static readonly RoutingFlag[][] FlagSets = [[], [RoutingFlag.FixableNow], [RoutingFlag.Unclear], [RoutingFlag.FixableNow, RoutingFlag.Unclear]];

    // Jurisdictions do not take part in matching; any valid pair stands in for all of them.
    private static readonly DivisionCode County = DivisionCode.Parse("350102");
    private static readonly DivisionCode City = DivisionCode.Parse("350100");

    public static IReadOnlyList<string> Validate(HandoverRuleTable table)
    {
        var errors = new List<string>();
        var seen = new Dictionary<string, HandoverRule>(StringComparer.Ordinal);
        foreach (var rule in table.Rules)
        {
            if (!seen.TryAdd(rule.Id, rule))
            {
                errors.Add($"line {rule.Line}: rule id '{rule.Id}' is already used by the rule at line {seen[rule.Id].Line}; ids must be unique.");
            }

            if (rule.Timing == RoutingTiming.AfterRoundEnd && rule.Route != HandoverRoute.HigherInspectionOffice)
            {
                errors.Add($"line {rule.Line}: rule '{rule.Id}' holds {WireNames.Of(rule.Route)} until the round ends; only HIGHER_INSPECTION_OFFICE items wait for the round (they go out as one batch).");
            }
        }

        if (table.Rules.Count == 0)
        {
            errors.Add("the table has no rules; list them in precedence order under 'rules'.");
            return errors;
        }

        var firstMatches = new HashSet<HandoverRule>();
        var uncovered = new List<string>();
        foreach (var routingCase in AllCases())
        {
            var rule = table.Rules.FirstOrDefault(r => r.When.Matches(routingCase));
            if (rule is null)
            {
                uncovered.Add(Describe(routingCase));
            }
            else
            {
                firstMatches.Add(rule);
            }
        }

        foreach (var rule in table.Rules.Where(r => !firstMatches.Contains(r)))
        {
            var matchesAny = AllCases().Any(rule.When.Matches);
            errors.Add(matchesAny
                ? $"line {rule.Line}: rule '{rule.Id}' is unreachable: earlier rules decide every case it matches; move it up or narrow them."
                : $"line {rule.Line}: rule '{rule.Id}' matches no case at all (its conditions exclude each other); fix or remove it.");
        }

        if (uncovered.Count > 0)
        {
            errors.Add($"no rule decides {uncovered.Count} case(s), e.g. {string.Join("; ", uncovered.Take(4))}; add a rule (or a default rule last) that covers them.");
        }

        return errors;
    }

    private static IEnumerable<RoutingCase> AllCases()
    {
        foreach (var problem in Enum.GetValues<ProblemCode>())
        {
            foreach (var management in Enum.GetValues<ManagementLevel>())
            {
                foreach (var round in new[] { new FindingOffice(JurisdictionLevel.City, City), new FindingOffice(JurisdictionLevel.County, County) })
                {
                    foreach (var flags in FlagSets)
                    {
                        yield return new RoutingCase(new RoutingSubject(management, County), round, problem, flags.ToHashSet());
                    }
                }
            }
        }
    }

    private static string Describe(RoutingCase c) =>
        $"{WireNames.Of(c.Problem)} of a {WireNames.Of(c.Subject.ManagementLevel)}-managed subject found by a {WireNames.Of(c.FoundBy.Level)} round"
        + (c.Flags.Count == 0 ? "" : " flagged " + string.Join("+", c.Flags.Select(WireNames.Of)));
}
