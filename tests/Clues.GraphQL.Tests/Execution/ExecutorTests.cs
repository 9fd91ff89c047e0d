using Clues.GraphQL.Execution;
using static Clues.GraphQL.Tests.Execution.Run;

namespace Clues.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private sealed record Person(string Id, string Name, int Age, Person? Boss = null);

    private const string PeopleSdl = """
        type Query {
          person(id: ID!): Person
          people: [Person!]!
          greeting(name: String = "world", times: Int = 1): String!
          dict: Pet
        }
        type Person { id: ID! name: String! age: Int boss: Person }
        type Pet { name: String kind: String }
        """;

    private static readonly Person[] People =
    [
        new("1", "Ada", 36),
        new("2", "Grace", 45, new Person("1", "Ada", 36)),
    ];

    private static Clues.GraphQL.Types.GraphQLSchema PeopleSchema() => BuildSchema(PeopleSdl, b => b
        .Bind<Person>("Person")
        .Resolve("Query.person", ctx => People.FirstOrDefault(p => p.Id == ctx.GetArgument<string>("id")))
        .Resolve("Query.people", _ => People)
        .Resolve("Query.greeting", ctx => string.Concat(Enumerable.Repeat("hello " + ctx.GetArgument<string>("name"), ctx.GetArgument<int>("times"))))
        .Resolve("Query.dict", _ => new Dictionary<string, object?> { ["name"] = "Rex", ["kind"] = "dog" }));

    [Fact]
    public async Task A_query_reads_clr_properties_case_insensitively_and_keeps_selection_order()
    {
        var json = await JsonAsync(PeopleSchema(), "{ person(id: 2) { name id boss { name } age } }");
        Assert.Equal(J("{'data':{'person':{'name':'Grace','id':'2','boss':{'name':'Ada'},'age':45}}}"), json);
    }

    [Fact]
    public async Task Dictionary_parents_resolve_fields_by_key()
    {
        var json = await JsonAsync(PeopleSchema(), "{ dict { kind name } }");
        Assert.Equal(J("{'data':{'dict':{'kind':'dog','name':'Rex'}}}"), json);
    }

    [Fact]
    public async Task Aliases_and_argument_defaults_are_applied()
    {
        var json = await JsonAsync(PeopleSchema(), "{ a: greeting b: greeting(name: \"you\", times: 2) }");
        Assert.Equal(J("{'data':{'a':'hello world','b':'hello youhello you'}}"), json);
    }

    [Fact]
    public async Task Typename_is_available_on_every_object()
    {
        var json = await JsonAsync(PeopleSchema(), "{ __typename person(id: 1) { __typename } }");
        Assert.Equal(J("{'data':{'__typename':'Query','person':{'__typename':'Person'}}}"), json);
    }

    [Fact]
    public async Task Async_resolvers_run_concurrently_but_results_keep_selection_order()
    {
        var gate = new TaskCompletionSource();
        var schema = BuildSchema("type Query { slow: String fast: String }", b => b
            .Resolve<string>("Query.slow", async (_, ct) =>
            {
                await gate.Task.WaitAsync(ct);
                return "slow";
            })
            .Resolve<string>("Query.fast", (_, _) =>
            {
                gate.SetResult();
                return Task.FromResult("fast");
            }));

        var json = await JsonAsync(schema, "{ slow fast }");
        Assert.Equal(J("{'data':{'slow':'slow','fast':'fast'}}"), json);
    }

    [Fact]
    public async Task Mutation_root_fields_execute_serially_in_document_order()
    {
        var log = new List<string>();
        var counter = 0;
        var schema = BuildSchema("type Query { n: Int } type Mutation { add(by: Int!): Int }", b => b
            .Resolve<int>("Mutation.add", async (ctx, _) =>
            {
                var by = ctx.GetArgument<int>("by");
                log.Add("start " + by);
                await Task.Delay(by == 1 ? 30 : 1);
                counter += by;
                log.Add("end " + by);
                return counter;
            }));

        var json = await JsonAsync(schema, "mutation { first: add(by: 1) second: add(by: 10) third: add(by: 100) }");
        Assert.Equal(J("{'data':{'first':1,'second':11,'third':111}}"), json);
        Assert.Equal(["start 1", "end 1", "start 10", "end 10", "start 100", "end 100"], log);
    }

    [Fact]
    public async Task Resolver_exceptions_become_field_errors_with_path_locations_and_the_exception()
    {
        var boom = new InvalidOperationException("boom");
        var schema = BuildSchema("type Query { items: [Item] } type Item { ok: String bad: String }", b => b
            .Resolve("Query.items", _ => new[] { 1, 2 })
            .Resolve("Item.ok", _ => "fine")
            .Resolve("Item.bad", ctx => (int)ctx.Parent! == 2 ? throw boom : "fine"));

        var result = await ExecuteAsync(schema, "{\n  items {\n    ok\n    bad\n  }\n}");
        Assert.Equal(J("{'errors':[{'message':'boom','locations':[{'line':4,'column':5}],'path':['items',1,'bad']}],'data':{'items':[{'ok':'fine','bad':'fine'},{'ok':'fine','bad':null}]}}"), result.ToJson());
        Assert.Same(boom, result.Errors[0].Exception);
    }

    [Fact]
    public async Task A_null_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var schema = BuildSchema("type Query { a: A } type A { b: B! } type B { c: String! }", b => b
            .Resolve("Query.a", _ => new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = null } }));

        var json = await JsonAsync(schema, "{ a { b { c } } }");
        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field B.c.','locations':[{'line':1,'column':11}],'path':['a','b','c']}],'data':{'a':null}}"), json);
    }

    [Fact]
    public async Task A_null_item_in_a_non_null_list_nulls_the_list_and_a_nullable_item_only_itself()
    {
        var schema = BuildSchema("type Query { strict: [String!] loose: [String] top: [String!]! }", b => b
            .Resolve("Query.strict", _ => new[] { "a", null })
            .Resolve("Query.loose", _ => new[] { "a", null })
            .Resolve("Query.top", _ => new[] { null, "b" }));

        var json = await JsonAsync(schema, "{ strict loose }");
        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Query.strict.','locations':[{'line':1,'column':3}],'path':['strict',1]}],'data':{'strict':null,'loose':['a',null]}}"), json);

        var top = await ExecuteAsync(schema, "{ top }");
        Assert.True(top.HasData);
        Assert.Null(top.Data);
        Assert.Equal(["top", 0], top.Errors[0].Path!);
    }

    [Fact]
    public async Task Null_propagation_also_works_through_asynchronous_fields()
    {
        var schema = BuildSchema("type Query { a: A } type A { x: String! y: String }", b => b
            .Resolve<object>("Query.a", async (_, _) => { await Task.Yield(); return new object(); })
            .Resolve<string?>("A.x", async (_, _) => { await Task.Delay(5); return null; })
            .Resolve("A.y", _ => "y"));

        var json = await JsonAsync(schema, "{ a { y x } }");
        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field A.x.','locations':[{'line':1,'column':9}],'path':['a','x']}],'data':{'a':null}}"), json);
    }

    [Fact]
    public async Task Leaf_serialization_failures_are_field_errors()
    {
        var schema = BuildSchema("type Query { n: Int }", b => b.Resolve("Query.n", _ => 1.5));
        var json = await JsonAsync(schema, "{ n }");
        Assert.Equal(J("{'errors':[{'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':3}],'path':['n']}],'data':{'n':null}}"), json);
    }

    [Fact]
    public async Task A_non_list_value_for_a_list_field_is_an_error()
    {
        var schema = BuildSchema("type Query { xs: [Int] }", b => b.Resolve("Query.xs", _ => "nope"));
        var result = await ExecuteAsync(schema, "{ xs }");
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.xs\".", result.Errors.Single().Message);
    }

    [Fact]
    public async Task Skip_and_include_honour_literals_and_variables()
    {
        var schema = PeopleSchema();
        const string Query = "query ($yes: Boolean!, $no: Boolean!) { person(id: 1) { a: name @include(if: $yes) b: name @skip(if: $yes) c: name @include(if: $no) d: name @skip(if: false) ... @skip(if: true) { e: name } } }";
        var json = await JsonAsync(schema, Query, "{\"yes\":true,\"no\":false}");
        Assert.Equal(J("{'data':{'person':{'a':'Ada','d':'Ada'}}}"), json);

        var flipped = await JsonAsync(schema, Query, "{\"yes\":false,\"no\":true}");
        Assert.Equal(J("{'data':{'person':{'b':'Ada','c':'Ada','d':'Ada'}}}"), flipped);
    }

    [Fact]
    public async Task Fragments_merge_fields_and_apply_only_to_matching_types()
    {
        var schema = BuildSchema("""
            type Query { things: [Thing] }
            union Thing = Dog | Car
            type Dog { name: String barks: Boolean }
            type Car { name: String wheels: Int }
            """, b => b.Resolve("Query.things", _ => new object[]
        {
            new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
            new Dictionary<string, object?> { ["__typename"] = "Car", ["name"] = "Mini", ["wheels"] = 4 },
        }));

        var json = await JsonAsync(schema, """
            { things { __typename ...D ... on Car { name wheels } } }
            fragment D on Dog { name ... on Dog { barks name } }
            """);
        Assert.Equal(J("{'data':{'things':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Car','name':'Mini','wheels':4}]}}"), json);
    }

    private interface IAnimal
    {
        string Name { get; }
    }

    private sealed record Cat(string Name, int Lives) : IAnimal;

    private sealed record Bird(string Name, bool Flies) : IAnimal;

    private sealed record Fish(string Name) : IAnimal;

    [Fact]
    public async Task Interfaces_resolve_through_bound_clr_types_and_is_type_of()
    {
        var schema = BuildSchema("""
            type Query { animals: [Animal!]! }
            interface Animal { name: String! }
            type Cat implements Animal { name: String! lives: Int! }
            type Bird implements Animal { name: String! flies: Boolean! }
            """, b =>
        {
            b.Bind<Cat>("Cat");
            b.Type("Bird").IsTypeOf(o => o is Bird);
            b.Resolve("Query.animals", _ => new IAnimal[] { new Cat("Tom", 9), new Bird("Tweety", true) });
        });

        var json = await JsonAsync(schema, "{ animals { __typename name ... on Cat { lives } ... on Bird { flies } } }");
        Assert.Equal(J("{'data':{'animals':[{'__typename':'Cat','name':'Tom','lives':9},{'__typename':'Bird','name':'Tweety','flies':true}]}}"), json);
    }

    [Fact]
    public async Task An_unresolvable_abstract_value_is_a_field_error()
    {
        var schema = BuildSchema("""
            type Query { animal: Animal }
            interface Animal { name: String! }
            type Cat implements Animal { name: String! }
            """, b => b.Resolve("Query.animal", _ => new Fish("Nemo")));

        var result = await ExecuteAsync(schema, "{ animal { name } }");
        Assert.StartsWith("Abstract type \"Animal\" must resolve to an Object type at runtime for field \"Query.animal\".", result.Errors.Single().Message);
    }

    [Fact]
    public async Task A_resolve_type_naming_a_type_outside_the_union_is_an_error()
    {
        var schema = BuildSchema("type Query { u: U } union U = A type A { a: Int } type B { b: Int }", b =>
        {
            b.Type("U").ResolveType(_ => "B");
            b.Resolve("Query.u", _ => new object());
        });

        var result = await ExecuteAsync(schema, "{ u { __typename } }");
        Assert.Equal("Runtime Object type \"B\" is not a possible type for \"U\".", result.Errors.Single().Message);
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \"C\".")]
    public async Task Operation_selection_errors_are_request_errors_without_data(string? name, string message)
    {
        var result = await ExecuteAsync(PeopleSchema(), "query A { people { id } } query B { people { id } }", operationName: name);
        Assert.False(result.HasData);
        Assert.Equal(message, result.Errors.Single().Message);
        Assert.Equal(J("{'errors':[{'message':'" + message.Replace("\"", "\\u0022") + "'}]}"), result.ToJson().Replace("\\\"", "\\u0022"));
    }

    [Fact]
    public async Task An_operation_is_selected_by_name()
    {
        var result = await ExecuteAsync(PeopleSchema(), "query A { a: __typename } query B { b: __typename }", operationName: "B");
        Assert.Equal(J("{'data':{'b':'Query'}}"), result.ToJson());
    }

    [Fact]
    public async Task A_mutation_on_a_schema_without_mutations_yields_null_data()
    {
        var result = await ExecuteAsync(PeopleSchema(), "mutation { x }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("Schema is not configured to execute mutation operation.", result.Errors.Single().Message);
    }

    [Fact]
    public async Task Graphql_exceptions_carry_extensions_into_the_error()
    {
        var schema = BuildSchema("type Query { x: String }", b => b.Resolve("Query.x", _ =>
            throw new GraphQLException("Not allowed", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })));
        var json = await JsonAsync(schema, "{ x }");
        Assert.Equal(J("{'errors':[{'message':'Not allowed','locations':[{'line':1,'column':3}],'path':['x'],'extensions':{'code':'FORBIDDEN'}}],'data':{'x':null}}"), json);
    }

    [Fact]
    public async Task Json_output_puts_errors_before_data_and_writes_numbers_as_json()
    {
        var schema = BuildSchema("type Query { f: Float i: Int s: String big: Float }", b => b
            .Resolve("Query.f", _ => 0.1)
            .Resolve("Query.i", _ => -7L)
            .Resolve("Query.s", _ => "名字 \"q\"")
            .Resolve("Query.big", _ => 1e21));
        var json = await JsonAsync(schema, "{ f i s big }");
        Assert.Equal("{\"data\":{\"f\":0.1,\"i\":-7,\"s\":\"名字 \\\"q\\\"\",\"big\":1E+21}}", json);
    }

    [Fact]
    public async Task Cancellation_of_the_request_propagates_instead_of_becoming_field_errors()
    {
        using var cts = new CancellationTokenSource();
        var schema = BuildSchema("type Query { wait: String }", b => b.Resolve<string>("Query.wait", async (_, ct) =>
        {
            await cts.CancelAsync();
            await Task.Delay(1000, ct);
            return "never";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Clues.GraphQL.Language.Parser.Parse("{ wait }"),
            CancellationToken = cts.Token,
        }));
    }

    [Fact]
    public async Task Results_are_the_same_when_a_cached_document_runs_again()
    {
        var schema = PeopleSchema();
        var document = Clues.GraphQL.Language.Parser.Parse("query ($id: ID!) { person(id: $id) { name } people { id } }");
        for (var i = 1; i <= 2; i++)
        {
            var result = await Executor.ExecuteAsync(new ExecutionRequest
            {
                Schema = schema,
                Document = document,
                VariableValues = new Dictionary<string, object?> { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
            Assert.Equal(J($"{{'data':{{'person':{{'name':'{People[i - 1].Name}'}},'people':[{{'id':'1'}},{{'id':'2'}}]}}}}"), result.ToJson());
        }
    }
}
