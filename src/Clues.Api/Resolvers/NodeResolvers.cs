using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>
/// Field resolvers of the node types: global ids, the masked national ID, value objects shown as text, and every
/// relationship field. Relationship directions follow the <see cref="RelType"/> docs (start → end).
/// </summary>
internal static class NodeResolvers
{
    /// <summary>The GraphQL node types, by the label their global ids carry.</summary>
    public static readonly IReadOnlyList<string> NodeTypes =
    [
        "Person", "Unit", "Position", "Company", "Project", "Fund", "Payment", "Clue", "InspectionRound", "InspectionGroup", "Body", "Jurisdiction",
    ];

    public static SchemaBuilder AddNodeResolvers(this SchemaBuilder builder)
    {
        foreach (var type in NodeTypes.Where(t => t != "Clue"))
        {
            // Store ids never leave the API: every node's id is the opaque global id of its label and store id.
            builder.Type(type).Field("id", context => NodeViews.GlobalIdOf(context.Parent!));
        }

        builder.Type("Person")
            .Field("nationalIdMasked", context => MaskNationalId(context.ParentAs<Person>().NationalId?.Value))
            .Field("positions", async (context, _) =>
                Ordered(Arguments.Within(await GraphReads.LinksAsync(context, RelType.Holds, Direction.Outgoing), Arguments.ValidityFilter(context))))
            .Field("relatives", async (context, _) =>
                Ordered(Arguments.Within(await GraphReads.LinksAsync(context, RelType.RelativeOf, Direction.Both), Arguments.ValidityFilter(context))))
            .Field("companies", async (context, _) =>
            {
                var window = Arguments.ValidityFilter(context);
                // Both loads are issued before awaiting so they share one batch (one relationship read for the person).
                var represented = GraphReads.LinksAsync(context, RelType.LegalRepresentativeOf, Direction.Outgoing);
                var held = GraphReads.LinksAsync(context, RelType.ShareholderOf, Direction.Outgoing);
                return Ordered(Arguments.Within([.. await represented, .. await held], window));
            })
            .Field("associates", (context, _) => PagedAsync(context, RelType.AssociateOf, Direction.Both))
            .Field("paymentsReceived", (context, _) => PagedAsync(context, RelType.PaidTo, Direction.Incoming))
            .Field("clues", (context, _) => ClueConnections.PageAsync(context, RelType.Concerns, Direction.Incoming));

        builder.Type("Unit")
            .Field("parent", (context, _) => GraphReads.SingleAsync(context, RelType.SubordinateTo, Direction.Outgoing))
            .Field("children", async (context, _) => Page(context, await GraphReads.LinksAsync(context, RelType.SubordinateTo, Direction.Incoming)))
            .Field("leadershipTeam", LeadershipTeamAsync)
            .Field("jurisdiction", (context, _) => GraphReads.SingleAsync(context, RelType.InJurisdiction, Direction.Outgoing))
            .Field("projects", (context, _) => PagedAsync(context, RelType.OwnsProject, Direction.Outgoing))
            .Field("funds", (context, _) => GraphReads.LinkedNodesAsync(context, RelType.ManagesFund, Direction.Outgoing))
            .Field("inspectedBy", (context, _) => PagedAsync(context, RelType.Inspects, Direction.Incoming))
            .Field("paymentsMade", (context, _) => PagedAsync(context, RelType.PaidFrom, Direction.Incoming))
            .Field("clues", (context, _) => ClueConnections.PageAsync(context, RelType.Concerns, Direction.Incoming));

        builder.Type("Position")
            .Field("holder", (context, _) => GraphReads.SingleAsync(context, RelType.Holds, Direction.Incoming))
            .Field("unit", (context, _) => GraphReads.SingleAsync(context, RelType.PositionIn, Direction.Outgoing));

        builder.Type("Company")
            .Field("creditCode", context => context.ParentAs<Company>().CreditCode.Value)
            .Field("shareholders", async (context, _) =>
                Ordered(Arguments.Within(await GraphReads.LinksAsync(context, RelType.ShareholderOf, Direction.Incoming), Arguments.ValidityFilter(context))))
            .Field("holdings", async (context, _) => Ordered(await GraphReads.LinksAsync(context, RelType.ShareholderOf, Direction.Outgoing)))
            .Field("contracts", (context, _) => PagedAsync(context, RelType.Contracted, Direction.Outgoing))
            .Field("paymentsReceived", (context, _) => PagedAsync(context, RelType.PaidTo, Direction.Incoming))
            .Field("paymentsMade", (context, _) => PagedAsync(context, RelType.PaidFrom, Direction.Incoming))
            .Field("clues", (context, _) => ClueConnections.PageAsync(context, RelType.Concerns, Direction.Incoming));

        builder.Type("Project")
            .Field("owner", (context, _) => GraphReads.SingleAsync(context, RelType.OwnsProject, Direction.Incoming))
            .Field("contractors", async (context, _) => Ordered(await GraphReads.LinksAsync(context, RelType.Contracted, Direction.Incoming)))
            .Field("payments", (context, _) => PagedAsync(context, RelType.PaymentFor, Direction.Incoming));

        builder.Type("Fund")
            .Field("manager", (context, _) => GraphReads.SingleAsync(context, RelType.ManagesFund, Direction.Incoming))
            .Field("payments", (context, _) => PagedAsync(context, RelType.PaidFrom, Direction.Incoming));

        builder.Type("Payment")
            .Field("payer", (context, _) => GraphReads.SingleAsync(context, RelType.PaidFrom, Direction.Outgoing))
            .Field("payee", (context, _) => GraphReads.SingleAsync(context, RelType.PaidTo, Direction.Outgoing))
            .Field("project", (context, _) => GraphReads.SingleAsync(context, RelType.PaymentFor, Direction.Outgoing));

        // Every Clue field demands ReadClue and audits the read (see ClueFields); its id is bound there too.
        builder.AddClueFields(new Dictionary<string, Func<ResolveContext, Task<object?>>>
        {
            ["subjects"] = async context => await GraphReads.LinksAsync(context, RelType.Concerns, Direction.Outgoing),
            ["round"] = context => GraphReads.SingleAsync(context, RelType.FoundIn, Direction.Outgoing),
            ["group"] = context => GraphReads.SingleAsync(context, RelType.CollectedBy, Direction.Outgoing),
            ["handedTo"] = async context => Ordered(await GraphReads.LinksAsync(context, RelType.HandedTo, Direction.Outgoing)),
            ["assessment"] = MutationResolvers.AssessmentAsync,
        });

        builder.Type("InspectionRound")
            .Field("jurisdiction", (context, _) => GraphReads.SingleAsync(context, RelType.InJurisdiction, Direction.Outgoing))
            .Field("groups", (context, _) => GraphReads.LinkedNodesAsync(context, RelType.GroupOf, Direction.Incoming))
            .Field("clues", (context, _) => ClueConnections.PageAsync(context, RelType.FoundIn, Direction.Incoming));

        builder.Type("InspectionGroup")
            .Field("round", (context, _) => GraphReads.SingleAsync(context, RelType.GroupOf, Direction.Outgoing))
            .Field("inspects", async (context, _) => Ordered(await GraphReads.LinksAsync(context, RelType.Inspects, Direction.Outgoing)))
            .Field("clues", (context, _) => ClueConnections.PageAsync(context, RelType.CollectedBy, Direction.Incoming));

        builder.Type("Body")
            .Field("jurisdiction", (context, _) => GraphReads.SingleAsync(context, RelType.InJurisdiction, Direction.Outgoing))
            .Field("clues", (context, _) => ClueConnections.PageAsync(context, RelType.HandedTo, Direction.Incoming));

        builder.Type("Jurisdiction")
            .Field("code", context => context.ParentAs<Jurisdiction>().Code.Value)
            .Field("parent", (context, _) => GraphReads.SingleAsync(context, RelType.PartOf, Direction.Outgoing))
            .Field("children", (context, _) => GraphReads.LinkedNodesAsync(context, RelType.PartOf, Direction.Incoming))
            .Field("units", async (context, _) => Page(context, await UnitsOfJurisdictionAsync(context)));

        return builder;
    }

    /// <summary>
    /// The national ID number as analysts may see it: the first six characters (the issuing division) and the last
    /// two, the birth date and sequence hidden. Enough to tell two namesakes apart, not enough to identify anyone.
    /// </summary>
    public static string? MaskNationalId(string? value) =>
        value is null || value.Length < 8 ? null : string.Concat(value.AsSpan(0, 6), "****", value.AsSpan(value.Length - 2));

    private static async Task<IReadOnlyList<Link>> LeadershipTeamAsync(ResolveContext context, CancellationToken cancellationToken)
    {
        var at = context.GetArgument<DateOnly?>("at");
        var posts = await GraphReads.LinksAsync(context, RelType.PositionIn, Direction.Incoming);

        // Without a day, "the team" is those still in post: the post's relationship has no end.
        var inPost = at is { } day ? posts.Where(l => TimeWindow.At(day).Overlaps(l.ValidFrom, l.ValidTo)) : posts.Where(l => l.ValidTo is null);
        var candidates = inPost.ToList();
        var positions = await Task.WhenAll(candidates.Select(l => GraphReads.NodeAsync(context, l.OtherId)));
        return Ordered(candidates.Where((_, i) => positions[i] is Position { LeadingTeamMember: true }).ToList());
    }

    /// <summary>
    /// InJurisdiction also links bodies and rounds to a division; only units are listed. The far nodes are needed to
    /// tell, and come in one batched read that the page's node fields then reuse from the loader's cache.
    /// </summary>
    private static async Task<IReadOnlyList<Link>> UnitsOfJurisdictionAsync(ResolveContext context)
    {
        var links = await GraphReads.LinksAsync(context, RelType.InJurisdiction, Direction.Incoming);
        var nodes = await Task.WhenAll(links.Select(l => GraphReads.NodeAsync(context, l.OtherId)));
        return links.Where((_, i) => nodes[i] is Unit).OrderBy(l => l.OtherId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Oldest first by validity, then by the far node's id, so lists read like a history.</summary>
    private static IReadOnlyList<Link> Ordered(IReadOnlyList<Link> links) =>
        links.OrderBy(l => l.ValidFrom ?? DateOnly.MinValue).ThenBy(l => l.OtherId, StringComparer.Ordinal).ToList();

    /// <summary>A connection page over the node's links of one type, oldest first.</summary>
    private static async Task<Connection> PagedAsync(ResolveContext context, RelType type, Direction direction) =>
        Page(context, Ordered(await GraphReads.LinksAsync(context, type, direction)));

    private static Connection Page(ResolveContext context, IReadOnlyList<Link> links) =>
        Connection.Page(links, context.GetArgument<int?>("first") ?? 20, context.GetArgument<string>("after"));
}
