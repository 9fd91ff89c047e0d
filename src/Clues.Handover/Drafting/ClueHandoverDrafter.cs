using Clues.Core.Access;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Handover.Drafting;

/// <summary>
/// Drafts the handover items of one clue from the graph: one routing request per subject, with the clue's problems
/// mapped to routing codes for that subject and the officer's flags (FIXABLE_NOW, UNCLEAR) on every problem. The
/// workflow decides the recipients and keeps one item per recipient.
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

        var items = new List<HandoverItem>();
        foreach (var subject in known.Subjects)
        {
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
                $"{known.Clue.Code} 反映对象：{subject.Name}");
            items.AddRange(await workflow.DraftAsync(actor, request, cancellationToken).ConfigureAwait(false));
        }

        return items;
    }
}
