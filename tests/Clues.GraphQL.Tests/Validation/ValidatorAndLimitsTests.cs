using System.Diagnostics;
using System.Text;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Limits;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new UniqueInputFieldNamesRule(c);

    [Fact]
    public void Same_names_in_nested_or_sibling_objects_are_fine()
        => ExpectValid(Rule, "{ field(arg: { f1: \"value\", f2: { f1: 1 }, f3: [{ f1: 1 }, { f1: 2 }] }) }");

    [Fact]
    public void Duplicates_are_located_at_the_first_and_each_repeat()
        => ExpectErrors(
            Rule,
            "{ field(arg: { f1: 1, f1: 2, f2: { a: 1, a: 2 }, f1: 3 }) }",
            new Expected("There can be only one input field named \"f1\".", (1, 16), (1, 23)),
            new Expected("There can be only one input field named \"a\".", (1, 36), (1, 42)),
            new Expected("There can be only one input field named \"f1\".", (1, 16), (1, 50)));
}

public sealed class DocumentValidatorTests
{
    [Fact]
    public void A_valid_document_has_no_errors()
    {
        var document = Parser.Parse("""
            query Dogs($command: DogCommand!, $withMother: Boolean = false) {
              dog {
                ...DogFields
                mother @include(if: $withMother) { name }
              }
              catOrDog { ... on Cat { furColor } ... on Dog { doesKnowCommand(dogCommand: $command) } }
              complicatedArgs { oneOfArgField(oneOfArg: {intField: 3}) }
            }
            fragment DogFields on Dog { name isHouseTrained barkVolume }
            """);
        Assert.Empty(DocumentValidator.Validate(TestSchema, document));
    }

    [Fact]
    public void Errors_of_every_rule_come_back_as_graphql_errors_with_locations()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { nam } cat { ...Missing } }"));
        Assert.Equal(
            ["Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", "Unknown fragment \"Missing\"."],
            errors.Select(e => e.Message));
        Assert.Equal(new SourceLocation(1, 9), errors[0].Locations.Single());
        Assert.Null(errors[0].Path);
    }

    [Fact]
    public void The_error_cap_stops_validation_with_a_final_error()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 20; i++)
        {
            query.Append("unknown").Append(i).Append(' ');
        }

        query.Append('}');
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse(query.ToString()), new ValidationOptions { MaxErrors = 5 });
        Assert.Equal(6, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
        Assert.StartsWith("Cannot query field \"unknown4\"", errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_max_errors_does_not_trigger_the_cap()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ a b c }"), new ValidationOptions { MaxErrors = 3 });
        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message.StartsWith("Too many", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_that_skip_a_subtree_do_not_blind_the_others()
    {
        // ExecutableDefinitions skips the whole document and KnownArgumentNames skips directives; the others still see everything.
        var errors = DocumentValidator.Run(
            TestSchema,
            Parser.Parse("{ dog @skip(iff: true) { nam } }"),
            [c => new ExecutableDefinitionsRule(c), c => new KnownArgumentNamesRule(c), c => new FieldsOnCorrectTypeRule(c), c => new ProvidedRequiredArgumentsRule(c)]);
        AssertSame(
            [
                new Expected("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)),
                new Expected("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
                new Expected("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 26)),
            ],
            errors);
    }

    [Fact]
    public void A_large_document_validates_with_every_rule_quickly()
    {
        var document = new StringBuilder("query Big($c: DogCommand!) {\n");
        for (var i = 0; i < 200; i++)
        {
            document.Append($"  d{i}: dog {{ ...F{i % 50} doesKnowCommand(dogCommand: $c) mother {{ name nickname barks }} }}\n");
        }

        document.Append("}\n");
        for (var i = 0; i < 50; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name barkVolume ... on Pet {{ name }} father {{ ...G }} }}\n");
        }

        document.Append("fragment G on Dog { isHouseTrained(atOtherHomes: true) }\n");
        var parsed = Parser.Parse(document.ToString());
        var watch = Stopwatch.StartNew();
        var errors = DocumentValidator.Validate(TestSchema, parsed, new ValidationOptions { MaxFields = 10_000, MaxCost = 100_000 });
        Assert.Empty(errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Rules_are_named_in_the_internal_error()
    {
        var errors = DocumentValidator.Run(TestSchema, Parser.Parse("{ dog { nam } }"), SpecifiedRules.All);
        Assert.Equal("FieldsOnCorrectType", errors.Single().Rule);
    }
}

public sealed class LimitsTests
{
    private static readonly ValidationOptions NoLimits = new() { MaxDepth = null, MaxFields = null, MaxCost = null, MaxOperationsPerDocument = null };

    private static IReadOnlyList<ValidationError> Limits(string query, ValidationOptions options, GraphQLSchema? schema = null)
        => DocumentValidator.Run(schema ?? TestSchema, Parser.Parse(query), SpecifiedRules.Limits, options);

    [Fact]
    public void Introspection_costs_nothing_so_a_schema_browser_fits_any_budget()
    {
        const string query = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name }
                types { kind name description
                  fields(includeDeprecated: true) { name args { name type { kind name ofType { kind name ofType { kind name } } } } type { kind name ofType { kind name ofType { kind name } } } }
                  inputFields { name type { kind name } } interfaces { name } enumValues(includeDeprecated: true) { name } possibleTypes { name } }
                directives { name locations args { name type { kind name } } }
              }
              __type(name: "Person") { name fields { name } }
              __typename
            }
            """;

        Assert.Empty(Cost(query, maxCost: 0));
    }

    private static readonly Lazy<GraphQLSchema> CostSchema = new(() => Build("""
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

        type Query {
          person(id: ID!): Person
          people(first: Int, last: Int): [Person] @listSize(slicingArguments: ["first", "last"])
          everyone: [Person]
          top: [Person] @listSize(assumedSize: 3)
          search(filter: Filter): [Person] @listSize(assumedSize: 5) @cost(weight: "20")
          connection(first: Int = 7): PersonConnection @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
          report: Report
        }
        type Mutation { addPerson(name: String!): Person rename(id: ID!, name: String!): Person @cost(weight: "3") }
        type Person { id: ID! name: String friends: [Person] @listSize(assumedSize: 2) avatar: Image }
        type Image @cost(weight: "4") { url: String }
        type Report { total: Int @cost(weight: "2.5") }
        type PersonConnection { edges: [PersonEdge] count: Int }
        type PersonEdge { node: Person }
        input Filter { name: String @cost(weight: "6") }
        """));

    private static IReadOnlyList<ValidationError> Cost(string query, int maxCost = 0, IReadOnlyDictionary<string, object?>? variables = null)
        => Limits(query, NoLimits with { MaxCost = maxCost, VariableValues = variables }, CostSchema.Value);

    // The measured cost is read back from the message by setting the budget to 0.
    private static string MeasuredCost(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var message = Cost(query, 0, variables).Single(e => e.Rule == "MaxCost" && e.Message.Contains("has a cost of", StringComparison.Ordinal)).Message;
        var start = message.IndexOf("has a cost of ", StringComparison.Ordinal) + "has a cost of ".Length;
        return message[start..message.IndexOf(' ', start)];
    }

    [Fact]
    public void Depth_counts_root_fields_as_one_and_expands_fragments()
    {
        var query = "query Deep { dog { ...M } } fragment M on Dog { mother { mother { mother { name } } } }";
        Assert.Empty(Limits(query, NoLimits with { MaxDepth = 5 }));
        AssertSame(
            [new Expected("Operation \"Deep\" has a depth of 5 (limit MaxDepth = 4). Nest fewer fields, or raise ValidationOptions.MaxDepth.", (1, 1))],
            Limits(query, NoLimits with { MaxDepth = 4 }));
    }

    [Fact]
    public void Depth_counts_introspection_fields()
    {
        var errors = Limits("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }", NoLimits with { MaxDepth = 6 });
        Assert.Contains("The anonymous operation has a depth of 7", errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_depth_is_fifteen()
    {
        var query = new StringBuilder("{ dog { ");
        for (var i = 0; i < 15; i++)
        {
            query.Append("mother { ");
        }

        query.Append("name").Append(new string('}', 16)).Append(" }");
        var errors = Limits(query.ToString(), new ValidationOptions());
        Assert.Contains("has a depth of 17 (limit MaxDepth = 15)", errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_count_includes_aliases_and_expands_every_spread()
    {
        var query = "{ a: dog { name } b: dog { ...F ...F } } fragment F on Dog { name nickname }";
        Assert.Empty(Limits(query, NoLimits with { MaxFields = 7 }));
        AssertSame(
            [new Expected("The anonymous operation selects 7 fields once fragments are expanded (limit MaxFields = 6). Select fewer fields or spread fragments less often, or raise ValidationOptions.MaxFields.", (1, 1))],
            Limits(query, NoLimits with { MaxFields = 6 }));
    }

    [Fact]
    public void Fragment_fan_out_is_counted_without_expanding_it()
    {
        var document = new StringBuilder("query Bomb { dog { ...F40 } }\nfragment F0 on Dog { name }\n");
        for (var i = 1; i <= 40; i++)
        {
            document.Append($"fragment F{i} on Dog {{ mother {{ ...F{i - 1} }} father {{ ...F{i - 1} }} }}\n");
        }

        var watch = Stopwatch.StartNew();
        var errors = Limits(document.ToString(), new ValidationOptions { MaxDepth = null });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Contains("Operation \"Bomb\" selects 3298534883327 fields", errors.Single(e => e.Rule == "MaxFields").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_count_too_large_to_represent_is_reported_as_more_than_the_limit()
    {
        // 2^70 fields: the count saturates, and the message names the limit rather than the saturated number.
        var document = new StringBuilder("query Bomb { dog { ...F70 } }\nfragment F0 on Dog { name }\n");
        for (var i = 1; i <= 70; i++)
        {
            document.Append($"fragment F{i} on Dog {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        AssertSame(
            [new Expected("Operation \"Bomb\" selects more than 2048 fields once fragments are expanded (limit MaxFields = 2048). Select fewer fields or spread fragments less often, or raise ValidationOptions.MaxFields.", (1, 1))],
            Limits(document.ToString(), NoLimits with { MaxFields = 2048 }));
    }

    [Fact]
    public void A_cost_too_large_to_represent_saturates_and_an_empty_list_cannot_make_it_vanish()
    {
        // Each level spreads the previous one twice under a list of (assumed) size 2: 4^600 overflows a double.
        // Times a list size of 0 an infinite cost was NaN, and a NaN total compared as within any budget.
        var document = new StringBuilder("query Bomb { none: people(first: 0) { ...F600 } some: people(first: 1) { ...F600 } }\nfragment F0 on Person { name }\n");
        for (var i = 1; i <= 600; i++)
        {
            document.Append($"fragment F{i} on Person {{ friends {{ ...F{i - 1} ...F{i - 1} }} }}\n");
        }

        var errors = Limits(document.ToString(), NoLimits with { MaxCost = 1000 }, CostSchema.Value);
        AssertSame(
            [new Expected("Operation \"Bomb\" has a cost of more than 1000 (limit MaxCost = 1000). Request fewer or smaller lists (e.g. lower \"first\"/\"limit\" arguments), or raise ValidationOptions.MaxCost.", (1, 1))],
            errors);
    }

    [Fact]
    public void Cyclic_fragments_do_not_hang_the_limits()
        => Assert.Empty(Limits("{ dog { ...A } } fragment A on Dog { mother { ...B } } fragment B on Dog { ...A }", new ValidationOptions()));

    [Fact]
    public void Too_many_operations_are_refused_at_the_first_one_over()
    {
        var document = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            document.Append("query Q").Append(i).Append(" { dog { name } }\n");
        }

        Assert.Empty(Limits(document.ToString(), NoLimits with { MaxOperationsPerDocument = 4 }));
        AssertSame(
            [new Expected("The document contains 4 operations, which exceeds the limit of 3 operations per document. Send only the operations the request needs, or raise ValidationOptions.MaxOperationsPerDocument.", (4, 1))],
            Limits(document.ToString(), NoLimits with { MaxOperationsPerDocument = 3 }));
    }

    [Fact]
    public void Only_the_named_operation_is_measured_when_an_operation_name_is_given()
    {
        var document = "query Shallow { dog { name } } query Deep { dog { mother { mother { name } } } }";
        Assert.Empty(Limits(document, NoLimits with { MaxDepth = 2, OperationName = "Shallow" }));
        Assert.Single(Limits(document, NoLimits with { MaxDepth = 2, OperationName = "Deep" }));
        Assert.Single(Limits(document, NoLimits with { MaxDepth = 2 }));
    }

    [Theory]
    [InlineData("{ person(id: 1) { name } }", "1")]
    [InlineData("{ person(id: 1) { avatar { url } } }", "5")]
    [InlineData("{ everyone { name } }", "10")]
    [InlineData("{ top { name } }", "3")]
    [InlineData("{ people(first: 4) { friends { name } } }", "12")]
    [InlineData("{ people(last: 50) { id } }", "50")]
    [InlineData("{ search(filter: {name: \"x\"}) { id } }", "106")]
    [InlineData("{ connection { edges { node { id } } count } }", "15")]
    [InlineData("{ connection(first: 2) { edges { node { avatar { url } } } } }", "13")]
    [InlineData("{ report { total } }", "4")]
    [InlineData("mutation { addPerson(name: \"x\") { id } rename(id: 1, name: \"y\") { avatar { url } } }", "17")]
    [InlineData("{ ...P ...P } fragment P on Query { person(id: 1) { name } }", "2")]
    [InlineData("{ __schema { types { name fields { name type { name } } } } people(first: 5) { id } }", "5")]
    public void Cost_follows_the_cost_directives(string query, string expected)
        => Assert.Equal(expected, MeasuredCost(query));

    [Fact]
    public void Slicing_arguments_given_as_variables_use_the_request_values_or_the_defaults()
    {
        Assert.Equal("30", MeasuredCost("query Q($n: Int) { people(first: $n) { id } }", new Dictionary<string, object?> { ["n"] = 30 }));
        Assert.Equal("6", MeasuredCost("query Q($n: Int = 6) { people(first: $n) { id } }"));
    }

    [Fact]
    public void A_field_requiring_one_slicing_argument_is_reported_when_given_none_or_several()
    {
        var errors = Cost("{ people { id } both: people(first: 1, last: 2) { id } }", 1000);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("must be given exactly one of the slicing arguments \"first\", \"last\"", e.Message, StringComparison.Ordinal));
        Assert.Equal(new SourceLocation(1, 3), errors[0].Locations.Single());
    }

    [Fact]
    public void The_cost_error_names_the_limit_the_cost_and_the_budget()
    {
        var query = "query Big { people(first: 100) { friends { avatar { url } } } }";
        Assert.Empty(Cost(query, 1100));
        AssertSame(
            [new Expected("Operation \"Big\" has a cost of 1100 (limit MaxCost = 1000). Request fewer or smaller lists (e.g. lower \"first\"/\"limit\" arguments), or raise ValidationOptions.MaxCost.", (1, 1))],
            Cost(query, 1000));
    }

    [Fact]
    public void Default_options_protect_without_hindering_ordinary_queries()
    {
        var defaults = new ValidationOptions();
        Assert.Equal(100, defaults.MaxErrors);
        Assert.Equal(15, defaults.MaxDepth);
        Assert.Equal(2048, defaults.MaxFields);
        Assert.Equal(1000, defaults.MaxCost);
        Assert.Equal(20, defaults.MaxOperationsPerDocument);
        Assert.Empty(DocumentValidator.Validate(CostSchema.Value, Parser.Parse("{ people(first: 10) { name friends { name } } }")));
    }
}
