using Clues.Core.Access;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Handover.Drafting;

/// <summary>
/// Drafts the handover items of one clue from the graph. The clue is routed by its principal subject: the person
/// under the highest management authority (a province-managed cadre before a city-managed one, people before units),
/// since the body that manages the most senior cadre is competent for the whole allegation, and the workflow keeps
/// one item per clue and recipient. The clue's problems are mapped to routing codes for that subject, with the
/// officer's flags (FIXABLE_NOW, UNCLEAR) on every problem.
/// </summary>
public sealed class ClueHandoverDrafter(ClueFactsReader facts, HandoverWorkflow workflow)
{
    /// <summary>Drafts the items of a clue; see <see cref="HandoverWorkflow.DraftAsync"/> for who may.</summary>
    public async Task<IReadOnlyList<HandoverItem>> DraftAsync(Principal actor, string clueId, IReadOnlySet<RoutingFlag> flags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(flags);
        var known = await facts.ReadAsync(clueId, cancellationToken).ConfigureAwait(false);
        if (known.Clue.Problems.Count == 0)
        {
            throw new RoutingException($"Clue {known.Clue.Code} ({clueId}) has no problem types; classify it (assessClue or the register) before drafting a handover.");
        }

        var subject = known.Subjects
            .OrderBy(s => s.Label == Core.Graph.NodeLabel.Person ? 0 : 1)
            .ThenBy(s => (int)s.Routing.ManagementLevel)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .First();
        var problems = known.Clue.Problems
            .Select(p => ProblemCodeMapping.ToRoutingCode(p, subject.Routing.ManagementLevel))
            .Distinct()
            .Select(code => new ClueProblem(code, flags))
            .ToList();
        var request = new HandoverDraftRequest(
            clueId,
            known.Round.Id,
            known.Round.End,
            subject.Routing,
            known.FoundBy,
            problems,
            $"{known.Clue.Code} 反映对象：{string.Join("、", known.Subjects.Select(s => s.Name))}");
        return await workflow.DraftAsync(actor, request, cancellationToken).ConfigureAwait(false);
    }
}
