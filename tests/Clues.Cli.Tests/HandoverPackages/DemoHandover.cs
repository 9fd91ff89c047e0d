using Clues.Cli.Commands;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Handover.Drafting;
using Clues.Handover.Routing;
using Clues.Handover.Workflow;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>Drafts the demo clues through the real workflow as the finding offices' staff would, and gets them approved.</summary>
internal static class DemoHandover
{
    public const string City = "431400";

    public static Principal Actor(string office, Role role, string? user = null)
    {
        var code = DivisionCode.Parse(office);
        var id = user ?? $"{role.ToString().ToLowerInvariant()}@{office}";
        return new Principal(id, "测试" + id, new HashSet<Role> { role }, code, PackageExportCommand.LevelOf(code));
    }

    /// <summary>Every clue of a finished round that routes cleanly, drafted, proposed, filed and approved.</summary>
    public static async Task<List<HandoverItem>> ApproveAllAsync(IGraphStore store, HandoverWorkflow workflow, int limit = int.MaxValue)
    {
        var reader = new ClueFactsReader(store);
        var drafter = new ClueHandoverDrafter(reader, workflow);
        var items = new List<HandoverItem>();
        var clues = 0;
        await foreach (var clue in store.ScanNodesAsync(NodeLabel.Clue))
        {
            if (clues == limit)
            {
                break;
            }

            try
            {
                var facts = await reader.ReadAsync(clue.Id, CancellationToken.None);
                if (facts.Clue.Problems.Count == 0 || facts.Round.End >= workflow.Today)
                {
                    continue;
                }

                items.AddRange(await drafter.DraftAsync(Actor(facts.FoundBy.Jurisdiction.Value, Role.GroupMember), clue.Id, new HashSet<RoutingFlag>(), CancellationToken.None));
                clues++;
            }
            catch (Exception e) when (e is RoutingException or HandoverRefusedException)
            {
                // Clues whose facts are incomplete are not handed over; the demo has a few on purpose.
            }
        }

        var approved = new List<HandoverItem>(items.Count);
        foreach (var item in items)
        {
            var office = item.FoundBy.Jurisdiction.Value;
            await workflow.TransitionAsync(Actor(office, Role.GroupMember), item.Id, new HandoverTransitionRequest(HandoverState.Proposed), CancellationToken.None);
            await workflow.TransitionAsync(Actor(office, Role.OfficeStaff, "staff.li@" + office), item.Id, new HandoverTransitionRequest(HandoverState.Filed), CancellationToken.None);
            approved.Add(await workflow.TransitionAsync(Actor(office, Role.LeadingGroup, "leader.wang@" + office), item.Id, new HandoverTransitionRequest(HandoverState.Approved), CancellationToken.None));
        }

        return approved;
    }
}
