using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Tests.Schema;

public sealed class SchemaBuilderTests
{
    private static SchemaBuildException Fails(string sdl) => Assert.Throws<SchemaBuildException>(() => new SchemaBuilder().AddTypeDefinitions(sdl).Build());

    [Fact]
    public void Default_root_names_are_used_without_a_schema_definition()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Mutation { b: Int }").Build();
        Assert.Equal("Query", schema.Query.Name);
        Assert.Equal("Mutation", schema.Mutation!.Name);
        Assert.Null(schema.Subscription);
    }

    [Fact]
    public void A_schema_definition_and_schema_extension_choose_the_roots()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("\"The API\" schema { query: Root } type Root { a: Int } type Writes { b: Int }")
            .AddTypeDefinitions("extend schema { mutation: Writes }", "more.graphql")
            .Build();
        Assert.Equal("Root", schema.Query.Name);
        Assert.Equal("Writes", schema.Mutation!.Name);
        Assert.Equal("The API", schema.Description);
    }

    [Fact]
    public void Type_extensions_from_several_sources_add_fields_interfaces_members_values_and_directives()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } interface Node { id: ID! } type A { x: Int } type B { y: Int } union U = A enum E { ONE } input I { p: Int } scalar S")
            .AddTypeDefinitions("""
                extend type Query { b: String @deprecated }
                extend type A implements Node { id: ID! }
                extend union U = B
                extend enum E { TWO @deprecated(reason: "use ONE") }
                extend input I { q: String }
                extend scalar S @specifiedBy(url: "https://example.com/s")
                """)
            .Build();

        Assert.Equal(["a", "b"], schema.Query.Fields.Select(f => f.Name));
        Assert.Equal("No longer supported", schema.Query.GetField("b")!.DeprecationReason);
        var a = (ObjectType)schema.FindType("A")!;
        Assert.Equal(["Node"], a.Interfaces.Select(i => i.Name));
        Assert.Equal(["A"], schema.GetPossibleTypes(schema.FindType("Node")!).Select(t => t.Name));
        Assert.Equal(["A", "B"], ((UnionType)schema.FindType("U")!).Types.Select(t => t.Name));
        Assert.Equal("use ONE", ((EnumType)schema.FindType("E")!).GetValue("TWO")!.DeprecationReason);
        Assert.Equal(["p", "q"], ((InputObjectType)schema.FindType("I")!).Fields.Select(f => f.Name));
        Assert.Equal("https://example.com/s", ((ScalarType)schema.FindType("S")!).SpecifiedByUrl);
    }

    [Fact]
    public void Type_relations_answer_the_validator_questions()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("""
            type Query { n: Node }
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String }
            type Person implements Named & Node { id: ID! name: String }
            type Thing implements Node { id: ID! }
            union Any = Person | Thing
            """).Build();
        var node = schema.FindType("Node")!;
        var named = schema.FindType("Named")!;
        var person = (ObjectType)schema.FindType("Person")!;
        var thing = (ObjectType)schema.FindType("Thing")!;
        var any = schema.FindType("Any")!;

        Assert.True(schema.IsSubType(node, named));
        Assert.True(schema.IsPossibleType(node, person));
        Assert.False(schema.IsPossibleType(named, thing));
        Assert.True(schema.DoTypesOverlap(named, any));
        Assert.False(schema.DoTypesOverlap(thing, named));
        Assert.True(schema.IsTypeSubTypeOf(new NonNullType(new ListType(new NonNullType(person))), new ListType(node)));
        Assert.False(schema.IsTypeSubTypeOf(new ListType(node), new ListType(person)));
        Assert.Equal("[Person!]!", schema.TypeFromAst(Clues.GraphQL.Language.Parser.ParseType("[Person!]!"))!.ToString());
        Assert.Null(schema.TypeFromAst(Clues.GraphQL.Language.Parser.ParseType("[Nope]")));
        Assert.Equal("__typename", schema.GetFieldDefinition(any, "__typename")!.Name);
        Assert.NotNull(schema.GetFieldDefinition(schema.Query, "__schema"));
        Assert.Null(schema.GetFieldDefinition(person, "__schema"));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Theory]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Foo }", "Unknown type \"Foo\".")]
    [InlineData("type Query { a: Persn } type Person { b: Int }", "Unknown type \"Persn\". Did you mean \"Person\"?")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query", "Type Query must define one or more fields.")]
    [InlineData("type Query { __a: Int }", "Name \"Query.__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } interface I { x: Int } type T implements I { y: Int }", "Interface field I.x expected but T does not provide it.")]
    [InlineData("type Query { a: Int } interface I { x: Int } type T implements I { x: String }", "Interface field I.x expects type Int but T.x is type String.")]
    [InlineData("type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x: Int }", "Interface field argument I.x(a:) expected but T.x does not provide it.")]
    [InlineData("type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x(a: String): Int }", "Interface field argument I.x(a:) expects type Int but T.x(a:) is type String.")]
    [InlineData("type Query { a: Int } interface I { x: Int } type T implements I { x(b: Int!): Int }", "Argument \"T.x(b:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.x\".")]
    [InlineData("type Query { a: Int } interface A { x: Int } interface B implements A { x: Int } type T implements B { x: Int }", "Type T must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } type T implements Query { a: Int }", "Type T must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query { a: Int } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query { a: U } union U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query { a(i: O): Int } input O @oneOf { x: Int! y: String }", "OneOf input field O.x must be nullable.")]
    [InlineData("type Query { a(i: O): Int } input O @oneOf { x: Int = 1 y: String }", "OneOf input field O.x cannot have a default value.")]
    [InlineData("type Query { a(i: I): Int } input I { x: Int! @deprecated }", "Required input field I.x cannot be deprecated.")]
    [InlineData("type Query { a(x: Int = \"one\"): Int }", "Argument Query.a(x:) has invalid default value \"one\": expected a value of type Int.")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } scalar S extend type S { b: Int }", "Cannot extend non-object type \"S\".")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\" on Query.a.")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT (Query).")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location (Query.a).")]
    [InlineData("schema { query: Q } type Q { a: Int } schema { query: Q }", "Must provide only one schema definition.")]
    [InlineData("schema { query: In } input In { a: Int }", "Query root type must be Object type, it cannot be In.")]
    public void Invalid_sdl_is_rejected_with_a_spec_message(string sdl, string message)
    {
        var error = Fails(sdl);
        Assert.Contains(error.Errors, e => e.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_location()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefinitions("type Query {\n  a: Foo\n  b: Bar\n}\nunion U = Int", "api.graphql")
            .Build());
        Assert.Equal(3, error.Errors.Count);
        Assert.Equal("Union type U can only include Object types, it cannot include Int. (api.graphql:5:11)", error.Errors[2]);
        Assert.Equal("Unknown type \"Foo\". (api.graphql:2:6)", error.Errors[0]);
        Assert.Contains("3 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_in_sdl_are_reported_with_the_source_name()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder().AddTypeDefinitions("type Query {", "broken.graphql").Build());
        Assert.Contains(error.Errors, e => e.StartsWith("Syntax Error", StringComparison.Ordinal) && e.Contains("broken.graphql:1:", StringComparison.Ordinal));
    }
}
