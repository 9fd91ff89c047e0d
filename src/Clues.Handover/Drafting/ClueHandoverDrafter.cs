using Clues.Core.Access;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Handover.Drafting;

/// <summary>
/// Drafts the handover items of one clue from the graph, routed by its principal subject
/// (<see cref="ClueHandoverFacts.PrincipalSubject"/>) with the officer's flags (FIXABLE_NOW, UNCLEAR) on every problem;
/// the workflow keeps one item per clue and recipient.
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

        var subject = known.PrincipalSubject;
        var request = new HandoverDraftRequest(
            clueId,
            known.Round.Id,
            known.Round.End,
            subject.Routing,
            known.FoundBy,
            known.RoutingProblems(flags),
            $"{known.Clue.Code} 反映对象：{string.Join("、", known.Subjects.Select(s => s.Name))}");
        return await workflow.DraftAsync(actor, request, cancellationToken).ConfigureAwait(false);
    }
}
