using Clues.Api.Reveals;
using Clues.Api.Handover;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;
using Clues.GraphQL.Types.Scalars;

namespace Clues.Api.Resolvers;

/// <summary>Builds the API schema: the SDL of <c>schema/clues.graphql</c> plus the C# scalars, enums, types and resolvers.</summary>
internal static class CluesSchema
{
    /// <summary>Reads and builds the schema file; throws <see cref="SchemaBuildException"/> listing every problem.</summary>
    public static GraphQLSchema Load(string path) => Create(File.ReadAllText(path), Path.GetFileName(path));

    public static GraphQLSchema Create(string sdl, string sourceName) =>
        new SchemaBuilder()
            .AddTypeDefinitions(sdl, sourceName)
            .BindScalar("Date", new DateScalar())
            .BindScalar("DateTime", new DateTimeScalar())
            .BindScalar("Decimal", new DecimalScalar())
            .BindScalar("JSON", new JsonScalar())
            .BindEnum<NodeLabel>("NodeKind")
            .BindEnum<RelType>("RelationshipType")
            .BindEnum<Gender>("Gender")
            .BindEnum<ManagementLevel>("ManagementLevel")
            .BindEnum<PoliticalStatus>("PoliticalStatus")
            .BindEnum<UnitKind>("UnitKind")
            .BindEnum<ClueSource>("ClueSource")
            .BindEnum<ClueStatus>("ClueStatus")
            .BindEnum<AssociateKind>("AssociateKind")
            .BindEnum<BodyKind>("BodyKind")
            .BindEnum<CadreRank>("CadreRank")
            .BindEnum<FundKind>("FundKind")
            .BindEnum<JurisdictionLevel>("JurisdictionLevel")
            .BindEnum<KinshipRelation>("KinshipRelation")
            .BindEnum<ProblemType>("ProblemType")
            .BindEnum<ProjectKind>("ProjectKind")
            .BindEnum<RoundKind>("RoundKind")
            .BindEnum<SubjectRole>("SubjectRole")
            .BindEnum<SearchMatch>("SearchMatch")
            .BindEnum<PathMode>("PathMode")
            .BindEnum<CompanyRole>("CompanyRole")
            .BindEnum<ConflictKind>("ConflictKind")
            .BindEnum<ClueSeriousness>("ClueSeriousness")
            .BindEnum<Credibility>("Credibility")
            .BindEnum<Reveals.RevealState>("ReporterRevealState")
            .BindEnum<Clues.Handover.Routing.RoutingFlag>("RoutingFlag")
            .BindEnum<Clues.Handover.Routing.HandoverRoute>("HandoverRoute")
            .BindEnum<Clues.Handover.Routing.RoutingTiming>("RoutingTiming")
            .BindEnum<Clues.Handover.Workflow.HandoverState>("HandoverState")
            .BindEnum<Clues.Handover.Workflow.DisposalMethod>("DisposalMethod")
            .BindEnum<Clues.Handover.Workflow.ConclusionOutcome>("ConclusionOutcome")
            .BindEnum<Clues.Handover.Workflow.FourFormsLevel>("FourFormsLevel")
            .BindEnum<Clues.Handover.Workflow.ConclusionMeasure>("ConclusionMeasure")
            .Bind<Person>("Person")
            .Bind<Unit>("Unit")
            .Bind<Position>("Position")
            .Bind<Company>("Company")
            .Bind<Project>("Project")
            .Bind<Fund>("Fund")
            .Bind<Payment>("Payment")
            .Bind<Clue>("Clue")
            .Bind<InspectionRound>("InspectionRound")
            .Bind<InspectionGroup>("InspectionGroup")
            .Bind<Body>("Body")
            .Bind<Jurisdiction>("Jurisdiction")
            .Bind<SearchHit>("SearchHit")
            .Bind<StatsView>("Stats")
            .Bind<LabelCount>("LabelCount")
            .Bind<RelationshipTypeCount>("RelationshipTypeCount")
            .Bind<SubgraphView>("Subgraph")
            .Bind<SubgraphNodeView>("SubgraphNode")
            .Bind<EdgeView>("GraphEdge")
            .Bind<PathSetView>("PathSet")
            .Bind<PathView>("Path")
            .Bind<PageInfoView>("PageInfo")
            .Bind<ClueAssessmentView>("ClueAssessment")
            .Bind<Reveals.RevealRequest>("ReporterRevealRequest")
            .Bind<Clues.Core.Sealing.ReporterIdentity>("ReporterIdentity")
            .Bind<Clues.Handover.Workflow.HandoverItem>("HandoverItem")
            .Bind<Clues.Handover.Routing.Recipient>("HandoverRecipient")
            .Bind<Clues.Handover.Routing.ProblemDecision>("HandoverProblemDecision")
            .Bind<Clues.Handover.Routing.RecipientDecision>("HandoverRecipientDecision")
            .Bind<Clues.Handover.Workflow.HandoverConclusion>("HandoverConclusion")
            .Bind<Clues.Handover.Workflow.HandoverHistoryEntry>("HandoverHistoryEntry")
            .Bind<Clues.Handover.Workflow.RegisterCount>("HandoverRegisterCount")
            .Bind<Clues.Handover.Workflow.HandoverRegister>("HandoverRegister")
            .Bind<Clues.Handover.Packaging.HandoverPackageResult>("HandoverPackage")
            .AddQueryResolvers()
            .AddGraphQueryResolvers()
            .AddNodeResolvers()
            .AddLinkResolvers()
            .AddAnalysisResolvers()
            .AddMutationResolvers()
            .AddHandoverResolvers()
            .AddRevealResolvers()
            .Build();
}
