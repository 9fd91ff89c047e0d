using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;
using Clues.GraphQL.Types.Scalars;
using static Clues.GraphQL.Tests.Execution.Run;

namespace Clues.GraphQL.Tests.Schema;

public sealed class BindingTests
{
    private const string Sdl = """
        type Query { person: Person status: Status when: Date }
        type Person { id: ID! name: String! nickname: String }
        enum Status { ACTIVE ON_HOLD }
        scalar Date
        """;

    private sealed record Person(string Id, string Name);

    private sealed record Anonymous(string Id);

    private enum Status
    {
        Active,
        OnHold,
    }

    private enum WrongStatus
    {
        Active,
        Closed,
    }

    private static SchemaBuildException Fails(Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(Sdl);
        configure(builder);
        return Assert.Throws<SchemaBuildException>(builder.Build);
    }

    [Fact]
    public void Binding_an_unknown_type_names_the_call_and_suggests_the_sdl_type()
    {
        var error = Fails(b => b.Bind<Person>("Persn"));
        Assert.Equal("Bind<Person>(\"Persn\"): the SDL has no type Persn. Did you mean \"Person\"?", Assert.Single(error.Errors));
    }

    [Fact]
    public void Resolving_an_unknown_field_names_the_type_and_suggests_the_field()
    {
        var error = Fails(b => b.Resolve("Query.persn", _ => null));
        Assert.Equal("Resolve(\"Query.persn\"): the SDL type Query has no field persn. Did you mean \"person\"?", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_clr_type_missing_a_property_for_a_non_null_field_fails_naming_both_sides()
    {
        var error = Fails(b => b.Bind<Anonymous>("Person"));
        Assert.StartsWith("Bind<Anonymous>(\"Person\"): field Person.name is non-null and has no resolver, but Anonymous has no property or field \"name\"", Assert.Single(error.Errors));
    }

    [Fact]
    public void A_resolver_satisfies_a_non_null_field_the_clr_type_lacks()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(Sdl).Bind<Anonymous>("Person").Resolve("Person.name", _ => "n").Build();
        Assert.Equal(typeof(Anonymous), ((ObjectType)schema.FindType("Person")!).ClrType);
    }

    [Fact]
    public void An_enum_binding_must_match_member_for_member()
    {
        var error = Fails(b => b.BindEnum<WrongStatus>("Status"));
        Assert.Equal(
        [
            "BindEnum<WrongStatus>(\"Status\"): the SDL enum Status has value(s) ON_HOLD with no matching member in WrongStatus.",
            "BindEnum<WrongStatus>(\"Status\"): WrongStatus has member(s) Closed with no matching value in the SDL enum Status.",
        ], error.Errors);
    }

    [Fact]
    public void Binding_kinds_must_match_the_sdl_kinds()
    {
        var error = Fails(b => b.BindScalar("Person", new DateScalar()).BindEnum<Status>("Date").Bind<Person>("Status").Resolve("Status.x", _ => null));
        Assert.Equal(
        [
            "BindScalar(\"Person\"): Person is an object type in the SDL, not a custom scalar.",
            "BindEnum<Status>(\"Date\"): Date is a scalar in the SDL, not an enum.",
            "Resolve(\"Status.x\"): Status is an enum in the SDL, which has no fields to resolve.",
            "Bind<Person>(\"Status\"): Status is an enum in the SDL; Bind<T> applies to object types.",
        ], error.Errors);
    }

    [Fact]
    public async Task Bound_enums_and_scalars_convert_between_clr_and_graphql_values()
    {
        Status? seen = null;
        var schema = BuildSchema(Sdl + " extend type Query { echo(s: Status!, d: Date!): String }", b => b
            .BindEnum<Status>("Status")
            .BindScalar("Date", new DateScalar())
            .Resolve("Query.status", _ => Status.OnHold)
            .Resolve("Query.when", _ => new DateOnly(2024, 1, 31))
            .Resolve("Query.echo", ctx =>
            {
                seen = ctx.GetArgument<Status>("s");
                return ctx.GetArgument<DateOnly>("d").DayOfYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }));

        var json = await JsonAsync(schema, "{ status when echo(s: ON_HOLD, d: \"2024-02-01\") }");
        Assert.Equal(J("{'data':{'status':'ON_HOLD','when':'2024-01-31','echo':'32'}}"), json);
        Assert.Equal(Status.OnHold, seen);
    }

    [Fact]
    public async Task Resolvers_bound_on_an_interface_field_serve_implementations_without_their_own()
    {
        var schema = BuildSchema("type Query { n: Node } interface Node { id: ID! } type A implements Node { id: ID! }", b => b
            .Resolve("Query.n", _ => new Dictionary<string, object?> { ["__typename"] = "A" })
            .Resolve("Node.id", _ => "from-interface"));
        Assert.Equal(J("{'data':{'n':{'id':'from-interface'}}}"), await JsonAsync(schema, "{ n { id } }"));
    }
}
