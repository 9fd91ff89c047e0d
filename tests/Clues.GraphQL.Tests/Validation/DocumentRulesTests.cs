using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new ExecutableDefinitionsRule(c);

    [Fact]
    public void Operations_and_fragments_are_executable()
        => ExpectValid(Rule, "query Foo { dog { ...Frag } } fragment Frag on Dog { name }");

    [Fact]
    public void Type_definitions_and_extensions_are_reported_by_name()
        => ExpectErrors(
            Rule,
            "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            new Expected("The \"Cow\" definition is not executable.", (2, 1)),
            new Expected("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void Schema_definitions_are_reported_as_schema()
        => ExpectErrors(
            Rule,
            "schema { query: QueryRoot }\n{ dog { name } }\nextend schema @onQuery",
            new Expected("The schema definition is not executable.", (1, 1)),
            new Expected("The schema definition is not executable.", (3, 1)));

    [Fact]
    public void Directive_definitions_are_reported_by_name()
        => ExpectErrors(Rule, "directive @d on FIELD\n{ dog { name } }", new Expected("The \"d\" definition is not executable.", (1, 1)));
}

public sealed class UniqueOperationNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new UniqueOperationNamesRule(c);

    [Fact]
    public void Distinct_names_and_anonymous_operations_are_fine()
        => ExpectValid(Rule, "query Foo { dog { name } } query Bar { dog { name } } mutation Baz { rename(name: \"x\") { name } }");

    [Fact]
    public void A_fragment_may_share_an_operation_name()
        => ExpectValid(Rule, "query Foo { dog { ...Foo } } fragment Foo on Dog { name }");

    [Fact]
    public void Duplicate_names_are_reported_at_both_names_even_across_operation_types()
        => ExpectErrors(
            Rule,
            "query Foo { dog { name } }\nmutation Foo { rename(name: \"x\") { name } }\nsubscription Foo { importantEmails }",
            new Expected("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
            new Expected("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
}

public sealed class LoneAnonymousOperationTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new LoneAnonymousOperationRule(c);

    [Fact]
    public void One_anonymous_operation_with_fragments_is_fine()
        => ExpectValid(Rule, "{ ...F } fragment F on QueryRoot { dog { name } }");

    [Fact]
    public void Several_named_operations_are_fine()
        => ExpectValid(Rule, "query A { dog { name } } query B { dog { name } }");

    [Fact]
    public void Every_anonymous_operation_among_several_is_reported()
        => ExpectErrors(
            Rule,
            "{ dog { name } }\n{ cat { name } }\nquery Named { dog { name } }",
            new Expected("This anonymous operation must be the only defined operation.", (1, 1)),
            new Expected("This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void An_anonymous_mutation_next_to_a_query_is_reported()
        => ExpectErrors(
            Rule,
            "{ dog { name } }\nmutation Foo { rename(name: \"x\") { name } }",
            new Expected("This anonymous operation must be the only defined operation.", (1, 1)));
}

public sealed class UniqueFragmentNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new UniqueFragmentNamesRule(c);

    [Fact]
    public void Distinct_fragment_names_are_fine()
        => ExpectValid(Rule, "{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { nickname }");

    [Fact]
    public void Inline_fragments_are_always_unique()
        => ExpectValid(Rule, "{ dog { ... on Dog { name } ... on Dog { nickname } } }");

    [Fact]
    public void A_duplicate_fragment_is_reported_at_both_names()
        => ExpectErrors(
            Rule,
            "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { nickname }",
            new Expected("There can be only one fragment named \"A\".", (2, 10), (3, 10)));
}

public sealed class KnownFragmentNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new KnownFragmentNamesRule(c);

    [Fact]
    public void Spreads_of_defined_fragments_are_fine()
        => ExpectValid(Rule, "{ human(id: 4) { ...H ... on Human { ...H } } } fragment H on Human { name }");

    [Fact]
    public void Unknown_fragments_are_reported_at_the_spread_name()
        => ExpectErrors(
            Rule,
            "{ human(id: 4) { ...Unknown1 ... on Human { ...Unknown2 } } }\nfragment F on Human { ...Unknown3 }",
            new Expected("Unknown fragment \"Unknown1\".", (1, 21)),
            new Expected("Unknown fragment \"Unknown2\".", (1, 48)),
            new Expected("Unknown fragment \"Unknown3\".", (2, 26)));
}

public sealed class NoUnusedFragmentsTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new NoUnusedFragmentsRule(c);

    [Fact]
    public void Fragments_used_directly_or_transitively_are_fine()
        => ExpectValid(Rule, "{ human(id: 4) { ...A } } fragment A on Human { ...B } fragment B on Human { name }");

    [Fact]
    public void Fragments_used_only_by_unused_fragments_are_reported_too()
        => ExpectErrors(
            Rule,
            "{ human(id: 4) { ...A } }\nfragment A on Human { name }\nfragment Unused1 on Human { ...Unused2 }\nfragment Unused2 on Human { name }",
            new Expected("Fragment \"Unused1\" is never used.", (3, 1)),
            new Expected("Fragment \"Unused2\" is never used.", (4, 1)));

    [Fact]
    public void Unknown_spreads_do_not_matter()
        => ExpectErrors(
            Rule,
            "{ human(id: 4) { ...Missing } }\nfragment Lonely on Human { name }",
            new Expected("Fragment \"Lonely\" is never used.", (2, 1)));
}

public sealed class NoFragmentCyclesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new NoFragmentCyclesRule(c);

    [Fact]
    public void Repeated_and_diamond_spreads_are_not_cycles()
        => ExpectValid(Rule, "fragment A on Dog { ...B ...B ...C } fragment B on Dog { ...C } fragment C on Dog { name }");

    [Fact]
    public void A_fragment_spreading_itself_is_reported()
        => ExpectErrors(
            Rule,
            "fragment A on Dog { ...A }",
            new Expected("Cannot spread fragment \"A\" within itself.", (1, 21)));

    [Fact]
    public void A_self_spread_inside_nested_selections_is_reported()
        => ExpectErrors(
            Rule,
            "fragment A on Pet { ... on Dog { mother { ...A } } }",
            new Expected("Cannot spread fragment \"A\" within itself.", (1, 43)));

    [Fact]
    public void A_longer_cycle_names_the_path_and_locates_every_spread()
        => ExpectErrors(
            Rule,
            "fragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...A }",
            new Expected("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)));

    [Fact]
    public void Each_cycle_is_reported_once_and_cycles_off_the_path_are_found()
        => ExpectErrors(
            Rule,
            "fragment A on Dog { ...B ...C }\nfragment B on Dog { ...A }\nfragment C on Dog { ...A }",
            new Expected("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
            new Expected("Cannot spread fragment \"A\" within itself via \"C\".", (1, 26), (3, 21)));

    [Fact]
    public void A_cycle_not_involving_the_first_fragment_is_reported_once()
        => ExpectErrors(
            Rule,
            "fragment A on Dog { ...B }\nfragment B on Dog { ...B }",
            new Expected("Cannot spread fragment \"B\" within itself.", (2, 21)));

    [Fact]
    public void Spreads_of_unknown_fragments_end_the_search()
        => ExpectValid(Rule, "fragment A on Dog { ...Missing }");
}
