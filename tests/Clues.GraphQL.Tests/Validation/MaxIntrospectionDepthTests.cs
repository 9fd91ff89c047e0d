using System.Text;
using Clues.GraphQL.Language;
using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

// Expected errors were checked against graphql-js 16.15 (the oracle in tests/Clues.GraphQL.Tests/Oracle).
public sealed class MaxIntrospectionDepthTests
{
    private const string Exceeded = "Maximum introspection depth exceeded";

    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new MaxIntrospectionDepthRule(c);

    [Fact]
    public void Two_levels_of_introspection_lists_and_any_depth_of_of_type_are_allowed()
        => ExpectValid(Rule, "{ __schema { queryType { name } } __type(name: \"Dog\") { fields { type { fields { name } } } ofType { ofType { ofType { ofType { name } } } } } }");

    [Fact]
    public void Three_levels_of_introspection_lists_are_reported_at_the_introspection_field()
    {
        ExpectErrors(Rule, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", new Expected(Exceeded, (1, 3)));
        ExpectErrors(Rule, "{ __type(name: \"Pet\") { possibleTypes { interfaces { possibleTypes { name } } } } }", new Expected(Exceeded, (1, 3)));
        ExpectErrors(
            Rule,
            "{ __type(name: \"Dog\") { ... on __Type { inputFields { type { ... { inputFields { type { inputFields { name } } } } } } } } }",
            new Expected(Exceeded, (1, 3)));
    }

    [Fact]
    public void Fields_count_by_name_not_by_alias()
    {
        ExpectValid(Rule, "{ __type(name: \"Dog\") { fields: name interfaces { fields: name possibleTypes { fields: name } } } }");
        ExpectErrors(Rule, "{ __type(name: \"Dog\") { a: fields { b: interfaces { c: possibleTypes { name } } } } }", new Expected(Exceeded, (1, 3)));
    }

    [Fact]
    public void Fragments_are_followed_and_cycles_through_them_still_count()
        => ExpectErrors(
            Rule,
            "{ __type(name: \"Dog\") { ...A } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { interfaces { ...A } }",
            new Expected(Exceeded, (1, 3)));

    [Fact]
    public void A_fragment_is_judged_by_the_depth_it_is_spread_at_and_each_root_is_reported_once()
        => ExpectErrors(
            Rule,
            "{ a: __type(name: \"Dog\") { ...X } b: __type(name: \"Dog\") { interfaces { ...X } } c: __type(name: \"Cat\") { ...X } d: __type(name: \"Cat\") { possibleTypes { ...X } } } "
            + "fragment X on __Type { fields { name } ...Y } fragment Y on __Type { interfaces { possibleTypes { name } } }",
            new Expected(Exceeded, (1, 35)),
            new Expected(Exceeded, (1, 114)));

    [Fact]
    public void Introspection_fields_inside_a_reported_one_are_not_reported_again()
        => ExpectErrors(
            Rule,
            "{ __schema { types { fields { type { __type(name: \"Dog\") { fields { interfaces { possibleTypes { name } } } } } } } } }",
            new Expected(Exceeded, (1, 3)));

    [Fact]
    public void The_rule_is_part_of_the_specified_rules()
        => Assert.Contains(
            DocumentValidator.Validate(TestSchema, Parser.Parse("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")),
            e => e.Message == Exceeded);

    [Fact]
    public void A_long_chain_of_fragments_is_followed_without_recursion()
    {
        // 3000 fragments that only spread the next one, then three list levels: found on a small stack.
        const int count = 3000;
        var document = new StringBuilder("{ __type(name: \"Dog\") { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append("fragment F").Append(i).Append(" on __Type { name ...F").Append(i + 1).Append(" }\n");
        }

        document.Append("fragment F").Append(count).Append(" on __Type { fields { type { interfaces { possibleTypes { name } } } } }\n");
        var parsed = Parser.Parse(document.ToString(), new ParseOptions { MaxTokens = null });
        var errors = SmallStack.Run(() => DocumentValidator.Run(TestSchema, parsed, [Rule]));
        AssertSame([new Expected(Exceeded, (1, 3))], errors);
    }
}
