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
            .BindEnum<NodeLabel>("NodeLabel")
            .BindEnum<RelType>("RelationshipType")
            .BindEnum<Gender>("Gender")
            .BindEnum<ManagementLevel>("ManagementLevel")
            .BindEnum<PoliticalStatus>("PoliticalStatus")
            .BindEnum<UnitKind>("UnitKind")
            .BindEnum<ClueSource>("ClueSource")
            .BindEnum<ClueStatus>("ClueStatus")
            .Bind<Person>("Person")
            .Bind<Unit>("Unit")
            .Bind<Company>("Company")
            .Bind<Clue>("Clue")
            .Bind<EntityNode>("Entity")
            .Bind<SearchHit>("SearchHit")
            .Bind<StatsView>("Stats")
            .Bind<LabelCount>("LabelCount")
            .Bind<RelationshipTypeCount>("RelationshipTypeCount")
            .AddQueryResolvers()
            .AddNodeResolvers()
            .Build();

    private static SchemaBuilder AddNodeResolvers(this SchemaBuilder builder)
    {
        // The credit code is a validated value object in the domain; GraphQL shows its text.
        builder.Type("Company").Field("creditCode", context => context.ParentAs<Company>().CreditCode.Value);
        return builder;
    }
}
