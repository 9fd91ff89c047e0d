using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>
/// Applies a <see cref="HandoverRuleTable"/>: the first rule that matches a problem decides its recipient, level,
/// jurisdiction, timing and deadline. Pure and thread-safe; create one per table and share it.
/// </summary>
public sealed class HandoverRouter
{
    /// <summary>Creates a router over a validated table.</summary>
    /// <param name="table">The rule table.</param>
    public HandoverRouter(HandoverRuleTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    /// <summary>The rule table applied.</summary>
    public HandoverRuleTable Table { get; }

    /// <summary>Decides one problem of one clue.</summary>
    /// <param name="routingCase">The problem with its subject, finding office and flags.</param>
    /// <returns>The decision, naming its rule and basis.</returns>
    /// <exception cref="RoutingException">The case's facts are inconsistent (e.g. a CITY round with a county code).</exception>
    public RoutingDecision Decide(RoutingCase routingCase)
    {
        ArgumentNullException.ThrowIfNull(routingCase);
        CheckFindingOffice(routingCase.FoundBy);
        var rule = Table.Rules.FirstOrDefault(r => r.When.Matches(routingCase))
            ?? throw new RoutingException($"rule table {Table.Version} decides nothing for {WireNames.Of(routingCase.Problem)}; the table validation should have refused it.");
        var (level, jurisdiction) = JurisdictionResolver.Resolve(rule.Level, routingCase);
        return new RoutingDecision(
            new Recipient(rule.Route, level, jurisdiction),
            rule.Timing,
            rule.Id,
            rule.Basis,
            Table.FeedbackMonthsOf(rule),
            rule.StubOnly,
            Table.Version);
    }

    /// <summary>Decides every problem of a clue and merges them into one decision per recipient.</summary>
    /// <param name="request">The clue.</param>
    /// <returns>Decisions in the order their recipients first appear among the clue's problems.</returns>
    /// <exception cref="RoutingException">The request has no problems or inconsistent facts.</exception>
    public IReadOnlyList<RecipientDecision> DecideClue(ClueRoutingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Problems.Count == 0)
        {
            throw new RoutingException($"clue {request.ClueId} lists no problem; give at least one problem code to route it.");
        }

        var groups = new List<(Recipient Recipient, RoutingTiming Timing, List<(RoutingDecision Decision, ProblemCode Problem)> Members)>();
        foreach (var problem in request.Problems)
        {
            var decision = Decide(new RoutingCase(request.Subject, request.FoundBy, problem.Problem, problem.Flags));
            var group = groups.FindIndex(g => g.Recipient == decision.Recipient && g.Timing == decision.Timing);
            if (group < 0)
            {
                groups.Add((decision.Recipient, decision.Timing, [(decision, problem.Problem)]));
            }
            else if (!groups[group].Members.Any(m => m.Problem == problem.Problem))
            {
                groups[group].Members.Add((decision, problem.Problem));
            }
        }

        return groups.Select(g => new RecipientDecision(
                request.ClueId,
                g.Recipient,
                g.Timing,
                g.Members.Min(m => m.Decision.FeedbackMonths),
                g.Members.Any(m => m.Decision.StubOnly),
                Table.Version,
                g.Members.Select(m => new ProblemDecision(m.Problem, m.Decision.RuleId, m.Decision.Basis)).ToList()))
            .ToList();
    }

    private static void CheckFindingOffice(FindingOffice office)
    {
        var code = office.Jurisdiction;
        var error = office.Level switch
        {
            JurisdictionLevel.City when !code.IsCity =>
                $"foundBy.jurisdiction {code.Value} is not a city code but foundBy.level is CITY; a city office's code ends in 00 (e.g. {code.Value[..4]}00).",
            JurisdictionLevel.County when code.IsProvince || code.IsCity =>
                $"foundBy.jurisdiction {code.Value} is a {(code.IsProvince ? "province" : "city")} code but foundBy.level is COUNTY; give the county (or district) code.",
            JurisdictionLevel.City or JurisdictionLevel.County => null,
            _ => $"foundBy.level {office.Level} cannot run a round here; use CITY or COUNTY.",
        };
        if (error is not null)
        {
            throw new RoutingException(error);
        }
    }
}
