using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new KnownTypeNamesRule(c);

    [Fact]
    public void Known_types_in_variables_and_conditions_are_fine()
        => ExpectValid(Rule, "query Q($a: [String!], $b: ComplexInput!) { dog { ...F ... on Dog { name } } } fragment F on Pet { name }");

    [Fact]
    public void Unknown_types_are_reported_with_suggestions()
        => ExpectErrors(
            Rule,
            "query Q($a: JumbledUpLetters, $b: [Strng!]) { dog { ... on Doggo { name } ...F } }\nfragment F on Catt { name }",
            new Expected("Unknown type \"JumbledUpLetters\".", (1, 13)),
            new Expected("Unknown type \"Strng\". Did you mean \"String\"?", (1, 36)),
            new Expected("Unknown type \"Doggo\". Did you mean \"Dog\"?", (1, 60)),
            new Expected("Unknown type \"Catt\". Did you mean \"Cat\"?", (2, 15)));
}

public sealed class FragmentsOnCompositeTypesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new FragmentsOnCompositeTypesRule(c);

    [Fact]
    public void Objects_interfaces_unions_and_untyped_inline_fragments_are_fine()
        => ExpectValid(Rule, "fragment A on Dog { ... on Pet { name } ... { name } } fragment B on CatOrDog { __typename } fragment C on Unknown { a }");

    [Fact]
    public void Leaf_and_input_type_conditions_are_reported()
        => ExpectErrors(
            Rule,
            "fragment A on Boolean { bad }\nfragment B on ComplexInput { bad }\n{ dog { ... on String { bad } } }",
            new Expected("Fragment \"A\" cannot condition on non composite type \"Boolean\".", (1, 15)),
            new Expected("Fragment \"B\" cannot condition on non composite type \"ComplexInput\".", (2, 15)),
            new Expected("Fragment cannot condition on non composite type \"String\".", (3, 16)));
}

public sealed class ScalarLeafsTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new ScalarLeafsRule(c);

    [Fact]
    public void Leaves_without_and_composites_with_selections_are_fine()
        => ExpectValid(Rule, "{ dog { name barks doesKnowCommand(dogCommand: SIT) } human { pets { name } } }");

    [Fact]
    public void A_composite_field_without_selection_is_reported_at_the_field()
        => ExpectErrors(
            Rule,
            "{ human { relatives } dog }",
            new Expected("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11)),
            new Expected("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", (1, 23)));

    [Fact]
    public void A_leaf_field_with_selection_is_reported_at_the_selection_set()
        => ExpectErrors(
            Rule,
            "{ dog { barks { sinceWhen } furColor: name(surname: true) { x } } }",
            new Expected("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 15)),
            new Expected("Field \"name\" must not have a selection since type \"String\" has no subfields.", (1, 59)));
}

public sealed class FieldsOnCorrectTypeTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new FieldsOnCorrectTypeRule(c);

    [Fact]
    public void Defined_fields_aliases_and_meta_fields_are_fine()
        => ExpectValid(Rule, "{ __typename __schema { types { name } } __type(name: \"Dog\") { name } dog { n: name __typename } catOrDog { __typename } }");

    [Fact]
    public void An_unknown_field_suggests_similar_field_names()
        => ExpectErrors(
            Rule,
            "{ dog { meowVolume nam } }",
            new Expected("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 9)),
            new Expected("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 20)));

    [Fact]
    public void A_field_of_possible_types_suggests_inline_fragments_with_interfaces_first()
        => ExpectErrors(
            Rule,
            "{ pet { meows } catOrDog { name } dogOrHuman { mother { name } } }",
            new Expected("Cannot query field \"meows\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (1, 9)),
            new Expected("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 28)),
            new Expected("Cannot query field \"mother\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Mammal\", \"Canine\", or \"Dog\"?", (1, 48)));

    [Fact]
    public void Meta_fields_other_than_typename_are_only_on_the_query_root()
        => ExpectErrors(
            Rule,
            "{ dog { __schema { types { name } } } }",
            new Expected("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Fields_under_unknown_parents_are_not_reported_again()
        => ExpectValid(Rule, "{ dog { ... on Unknown { anything } } }");

    [Fact]
    public void No_suggestion_when_nothing_is_close()
        => ExpectErrors(
            Rule,
            "{ catOrDog { xyzzy } }",
            new Expected("Cannot query field \"xyzzy\" on type \"CatOrDog\".", (1, 14)));
}

public sealed class PossibleFragmentSpreadsTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new PossibleFragmentSpreadsRule(c);

    [Fact]
    public void Overlapping_objects_interfaces_and_unions_are_fine()
        => ExpectValid(
            Rule,
            "{ dog { ...DogFrag ...PetFrag ... on CatOrDog { __typename } } pet { ... on Dog { name } ...CatOrDogFrag } catOrDog { ...PetFrag } }\n"
            + "fragment DogFrag on Dog { name } fragment PetFrag on Pet { name } fragment CatOrDogFrag on CatOrDog { __typename }");

    [Fact]
    public void Disjoint_object_types_are_reported()
        => ExpectErrors(
            Rule,
            "{ dog { ...CatFrag ... on Cat { meows } } }\nfragment CatFrag on Cat { meows }",
            new Expected("Fragment \"CatFrag\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)),
            new Expected("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 20)));

    [Fact]
    public void Disjoint_abstract_types_are_reported()
        => ExpectErrors(
            Rule,
            "{ humanOrAlien { ... on Pet { name } } pet { ... on HumanOrAlien { __typename } } catOrDog { ... on DogOrHuman { __typename } } }",
            new Expected("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 18)),
            new Expected("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 46)));
}

public sealed class SingleFieldSubscriptionsTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new SingleFieldSubscriptionsRule(c);

    [Fact]
    public void One_root_field_is_fine_including_through_fragments_and_skipped_fields()
        => ExpectValid(
            Rule,
            "subscription A { importantEmails } subscription B { ...F spamEmails @skip(if: true) } fragment F on SubscriptionRoot { importantEmails }");

    [Fact]
    public void Extra_root_fields_are_reported_after_collecting_fragments()
        => ExpectErrors(
            Rule,
            "subscription ImportantEmails { importantEmails ...F notImportantEmails }\nfragment F on SubscriptionRoot { spamEmails alias: importantEmails }",
            new Expected("Subscription \"ImportantEmails\" must select only one top level field.", (2, 34), (2, 45), (1, 53)));

    [Fact]
    public void Anonymous_subscriptions_and_introspection_fields_are_reported()
        => ExpectErrors(
            Rule,
            "subscription { __typename }",
            new Expected("Anonymous Subscription must not select an introspection top level field.", (1, 16)));

    [Fact]
    public void Queries_are_not_concerned()
        => ExpectValid(Rule, "{ dog { name } cat { name } }");
}
