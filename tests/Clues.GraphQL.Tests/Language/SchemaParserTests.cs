using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class SchemaParserTests
{
    private static readonly Document Sink = Parser.Parse(KitchenSinks.Schema);

    private static T Find<T>(Func<T, bool> predicate)
        where T : Definition
        => Sink.Definitions.OfType<T>().First(predicate);

    [Fact]
    public void The_schema_kitchen_sink_parses_every_definition_kind()
    {
        var kinds = Sink.Definitions.Select(d => d.Kind).ToHashSet();
        foreach (var kind in new[]
        {
            SyntaxKind.SchemaDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
            SyntaxKind.UnionTypeDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.EnumTypeDefinition,
            SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension,
            SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
        })
        {
            Assert.Contains(kind, kinds);
        }
    }

    [Fact]
    public void Schema_definition_has_description_directives_and_root_types()
    {
        var schema = Find<SchemaDefinition>(_ => true);
        Assert.Equal("The clue graph schema.", schema.Description!.Value);
        Assert.False(schema.Description.Block);
        Assert.Equal("graph", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal(["Query", "Mutation", "Subscription"], schema.OperationTypes.Select(o => o.Type.Name.Value));
    }

    [Fact]
    public void Object_types_have_block_descriptions_interfaces_and_field_arguments()
    {
        var query = Find<ObjectTypeDefinition>(t => t.Name.Value == "Query");
        Assert.True(query.Description!.Block);
        Assert.Equal("Root queries.\n  Indented second line.", query.Description.Value);
        Assert.Equal(["Node", "Entity"], query.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(query.Directives).Name.Value);

        var node = query.Fields[0];
        Assert.Equal("A single entity by its identifier.", node.Description!.Value);
        Assert.Equal(["id", "kind"], node.Arguments.Select(a => a.Name.Value));
        Assert.Equal("The identifier", node.Arguments[0].Description!.Value);
        Assert.Equal("PERSON", Assert.IsType<EnumValue>(node.Arguments[1].DefaultValue).Value);
        Assert.Equal("hint", Assert.Single(node.Arguments[1].Directives).Name.Value);

        var entities = query.Fields[1];
        Assert.True(entities.Arguments[0].Description!.Block);
        Assert.Equal("Filter to apply", entities.Arguments[0].Description!.Value);
        Assert.IsType<NonNullType>(entities.Type);
        Assert.Equal("cost", Assert.Single(entities.Directives).Name.Value);
        Assert.Equal("deprecated", Assert.Single(entities.Arguments[1].Directives).Name.Value);
    }

    [Fact]
    public void Types_without_bodies_have_empty_lists()
    {
        var empty = Find<ObjectTypeDefinition>(t => t.Name.Value == "Empty");
        Assert.Empty(empty.Fields);
        Assert.Empty(empty.Interfaces);
        Assert.Empty(Find<InterfaceTypeDefinition>(t => t.Name.Value == "Labelled").Fields);
        Assert.Empty(Find<UnionTypeDefinition>(t => t.Name.Value == "Nothing").Types);
    }

    [Fact]
    public void Interfaces_can_implement_interfaces()
    {
        var entity = Find<InterfaceTypeDefinition>(t => t.Name.Value == "Entity");
        Assert.Equal(["Node", "Labelled"], entity.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["id", "label"], entity.Fields.Select(f => f.Name.Value));
    }

    [Fact]
    public void Unions_accept_a_leading_pipe()
    {
        var union = Find<UnionTypeDefinition>(t => t.Name.Value == "SearchResult");
        Assert.Equal(["Person", "Company", "Case"], union.Types.Select(t => t.Name.Value));
        Assert.Equal("unionDir", Assert.Single(union.Directives).Name.Value);
    }

    [Fact]
    public void Scalars_carry_specified_by()
    {
        var date = Find<ScalarTypeDefinition>(t => t.Name.Value == "Date");
        var specifiedBy = Assert.Single(date.Directives);
        Assert.Equal("specifiedBy", specifiedBy.Name.Value);
        Assert.Equal("https://tools.ietf.org/html/rfc3339", Assert.IsType<StringValue>(specifiedBy.Arguments[0].Value).Value);
    }

    [Fact]
    public void Enums_have_described_and_directed_values_and_may_use_keywords_other_than_literals()
    {
        var kind = Find<EnumTypeDefinition>(t => t.Name.Value == "EntityKind");
        Assert.Equal(["PERSON", "COMPANY", "CASE", "on"], kind.Values.Select(v => v.Name.Value));
        Assert.Equal("A natural person.", kind.Values[0].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(kind.Values[1].Directives).Name.Value);
    }

    [Fact]
    public void Input_objects_keep_one_of_and_defaults()
    {
        var filter = Find<InputObjectTypeDefinition>(t => t.Name.Value == "EntityFilter");
        Assert.Equal("oneOf", Assert.Single(filter.Directives).Name.Value);
        Assert.Equal("0.0", Assert.IsType<FloatValue>(filter.Fields[1].DefaultValue).Value);
        var note = filter.Fields[2];
        Assert.Equal("Block default", note.Description!.Value);
        var defaultValue = Assert.IsType<StringValue>(note.DefaultValue);
        Assert.True(defaultValue.Block);
        Assert.Equal("multi\nline", defaultValue.Value);
        Assert.Equal("inputDir", Assert.Single(note.Directives).Name.Value);
    }

    [Fact]
    public void Directive_definitions_have_arguments_repeatable_and_locations()
    {
        var cost = Find<DirectiveDefinition>(d => d.Name.Value == "cost");
        Assert.Equal("Marks a field as costly.", cost.Description!.Value);
        Assert.False(cost.Repeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cost.Locations);

        var key = Find<DirectiveDefinition>(d => d.Name.Value == "key");
        Assert.True(key.Repeatable);
        Assert.Equal([DirectiveLocation.Object, DirectiveLocation.Interface], key.Locations);

        var everywhere = Find<DirectiveDefinition>(d => d.Name.Value == "everywhere");
        Assert.Equal(Enum.GetValues<DirectiveLocation>(), everywhere.Locations);
        Assert.Equal("The value", Assert.Single(everywhere.Arguments).Description!.Value);
    }

    [Fact]
    public void Every_directive_location_round_trips_through_its_name()
    {
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            Assert.True(DirectiveLocationNames.TryParse(DirectiveLocationNames.ToName(location), out var parsed));
            Assert.Equal(location, parsed);
        }

        Assert.False(DirectiveLocationNames.TryParse("query", out _));
    }

    [Fact]
    public void Extensions_carry_only_what_they_add()
    {
        var schemaExtensions = Sink.Definitions.OfType<SchemaExtension>().ToList();
        Assert.Equal("extended", Assert.Single(schemaExtensions[0].Directives).Name.Value);
        Assert.Empty(schemaExtensions[0].OperationTypes);
        Assert.Equal(OperationType.Subscription, Assert.Single(schemaExtensions[1].OperationTypes).Operation);

        Assert.Equal("tz", Assert.Single(Sink.Definitions.OfType<ScalarTypeExtension>().Single().Directives).Name.Value);

        var queryExtensions = Sink.Definitions.OfType<ObjectTypeExtension>().ToList();
        Assert.Equal("Labelled", Assert.Single(queryExtensions[0].Interfaces).Name.Value);
        Assert.Empty(queryExtensions[0].Fields);
        Assert.Equal("extra", Assert.Single(queryExtensions[1].Directives).Name.Value);
        Assert.Equal("label", Assert.Single(queryExtensions[2].Fields).Name.Value);

        var interfaceExtension = Sink.Definitions.OfType<InterfaceTypeExtension>().First();
        Assert.Equal("Searchable", Assert.Single(interfaceExtension.Interfaces).Name.Value);
        Assert.Equal("score", Assert.Single(interfaceExtension.Fields).Name.Value);

        Assert.Equal("Clue", Assert.Single(Sink.Definitions.OfType<UnionTypeExtension>().First().Types).Name.Value);
        Assert.Equal("CLUE", Assert.Single(Sink.Definitions.OfType<EnumTypeExtension>().First().Values).Name.Value);
        Assert.Equal("last", Assert.Single(Sink.Definitions.OfType<InputObjectTypeExtension>().First().Fields).Name.Value);
        Assert.All(Sink.Definitions.OfType<TypeExtension>(), e => Assert.False(string.IsNullOrEmpty(e.Name.Value)));
    }

    [Fact]
    public void Abstract_bases_expose_shared_members()
    {
        foreach (var definition in Sink.Definitions.OfType<TypeDefinition>())
        {
            Assert.NotNull(definition.Name);
            Assert.NotNull(definition.Directives);
        }

        Assert.All(Sink.Definitions.OfType<IHasDirectives>(), d => Assert.NotNull(d.Directives));
    }
}
