using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>
/// Field resolvers of the relationship views (PositionHeld, Relative, Contract, …) and connection edges. Each is a
/// <see cref="Link"/>: the far node is loaded through the batched node loader; validFrom/validTo come from the link's
/// own properties; relationship properties (relation, share, amount, role) are read from the record.
/// </summary>
internal static class LinkResolvers
{
    public static SchemaBuilder AddLinkResolvers(this SchemaBuilder builder)
    {
        builder.Type("PositionHeld")
            .Field("position", Far)
            .Field("unit", (context, _) => GraphReads.SingleAsync(context, Self(context).OtherId, RelType.PositionIn, Direction.Outgoing));

        builder.Type("TeamMember")
            .Field("position", Far)
            .Field("person", (context, _) => GraphReads.SingleAsync(context, Self(context).OtherId, RelType.Holds, Direction.Incoming));

        builder.Type("Relative")
            .Field("person", Far)
            .Field("relation", context => RelationSeenFromParent(Self(context)));

        builder.Type("CompanyTie")
            .Field("company", Far)
            .Field("role", context => Self(context).Relationship.Type == RelType.LegalRepresentativeOf ? CompanyRole.LegalRepresentative : CompanyRole.Shareholder)
            .Field("share", context => Share(Self(context)));

        builder.Type("Shareholding")
            .Field("holder", Far)
            .Field("share", context => Share(Self(context)));

        // A contract is the same Contracted relationship seen from the company or the project: load both ends by role.
        builder.Type("Contract")
            .Field("company", context => GraphReads.NodeAsync(context, Self(context).Relationship.StartId))
            .Field("project", context => GraphReads.NodeAsync(context, Self(context).Relationship.EndId))
            .Field("amount", context => Self(context).Number("amount"))
            .Field("contractNo", context => Self(context).Text("contractNo"));

        builder.Type("ClueSubject")
            .Field("node", Far)
            .Field("role", context => Self(context).Enum<SubjectRole>("role") ?? SubjectRole.Primary);

        builder.Type("Handover").Field("body", Far);
        builder.Type("InspectedUnit").Field("unit", Far);

        builder.Type("ClueEdge")
            .Field("node", EdgeFar)
            .Field("role", context => Item(context).Relationship.Type == RelType.Concerns ? Item(context).Enum<SubjectRole>("role") : null)
            .Field("validFrom", context => Item(context).ValidFrom)
            .Field("validTo", context => Item(context).ValidTo);

        builder.Type("UnitEdge")
            .Field("node", EdgeFar)
            .Field("validFrom", context => Item(context).ValidFrom)
            .Field("validTo", context => Item(context).ValidTo);

        builder.Type("AssociateEdge")
            .Field("node", EdgeFar)
            .Field("kind", context => Item(context).Enum<AssociateKind>("kind"))
            .Field("validFrom", context => Item(context).ValidFrom)
            .Field("validTo", context => Item(context).ValidTo);

        builder.Type("InspectionGroupEdge")
            .Field("node", EdgeFar)
            .Field("validFrom", context => Item(context).ValidFrom)
            .Field("validTo", context => Item(context).ValidTo);

        builder.Type("ProjectEdge").Field("node", EdgeFar);

        // The contract edge's node is the contract view itself, not the far node.
        builder.Type("ContractEdge").Field("node", context => Item(context));
        builder.Type("PaymentEdge").Field("node", EdgeFar);
        return builder;
    }

    /// <summary>
    /// RelativeOf stores who the end person is to the start person. Seen from the end, the relation turns round:
    /// the start person is the end person's parent when the end is their child, and so on.
    /// </summary>
    private static KinshipRelation RelationSeenFromParent(Link link)
    {
        var stored = link.Enum<KinshipRelation>("relation") ?? KinshipRelation.InLaw;
        var parentIsStart = link.OtherId == link.Relationship.EndId;
        return parentIsStart ? stored : stored switch
        {
            KinshipRelation.Child => KinshipRelation.Parent,
            KinshipRelation.Parent => KinshipRelation.Child,
            _ => stored,
        };
    }

    private static double? Share(Link link) => link.Number("share") is { } share ? (double)share : null;

    private static Link Self(ResolveContext context) => context.ParentAs<Link>();

    private static Link Item(ResolveContext context) => context.ParentAs<ConnectionEdge>().Item;

    private static object? Far(ResolveContext context) => GraphReads.NodeAsync(context, Self(context).OtherId);

    private static object? EdgeFar(ResolveContext context) => GraphReads.NodeAsync(context, Item(context).OtherId);
}
