using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class KnownDirectivesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new KnownDirectivesRule(c);

    [Fact]
    public void Known_directives_in_their_locations_are_fine()
        => ExpectValid(
            Rule,
            "query Q($v: Int @onVariableDefinition) @onQuery { dog @include(if: true) @onField { name ...F @onFragmentSpread ... @onInlineFragment { name } } }\n"
            + "fragment F on Dog @onFragmentDefinition { name } mutation M @onMutation { rename(name: \"x\") { name } } subscription S @onSubscription { spamEmails }");

    [Fact]
    public void Unknown_directives_are_reported()
        => ExpectErrors(
            Rule,
            "{ dog @unknown(directive: \"value\") { name } }",
            new Expected("Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void Misplaced_directives_name_the_location()
        => ExpectErrors(
            Rule,
            "query Q($v: Int @onField) @onMutation { dog @onQuery { name ...F @onInlineFragment } }\nfragment F on Dog @include(if: true) { name }",
            new Expected("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 17)),
            new Expected("Directive \"@onMutation\" may not be used on QUERY.", (1, 27)),
            new Expected("Directive \"@onQuery\" may not be used on FIELD.", (1, 45)),
            new Expected("Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD.", (1, 66)),
            new Expected("Directive \"@include\" may not be used on FRAGMENT_DEFINITION.", (2, 19)));
}

public sealed class UniqueDirectivesPerLocationTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new UniqueDirectivesPerLocationRule(c);

    [Fact]
    public void Different_directives_repeatable_ones_and_separate_locations_are_fine()
        => ExpectValid(Rule, "{ dog @onField @include(if: true) @repeatableOnField @repeatableOnField { name @onField } }");

    [Fact]
    public void Repeated_non_repeatable_directives_are_reported_in_pairs_with_the_first()
        => ExpectErrors(
            Rule,
            "{ dog @onField @onField @onField { name } }",
            new Expected("The directive \"@onField\" can only be used once at this location.", (1, 7), (1, 16)),
            new Expected("The directive \"@onField\" can only be used once at this location.", (1, 7), (1, 25)));

    [Fact]
    public void Unknown_directives_are_not_counted()
        => ExpectValid(Rule, "{ dog @unknown @unknown { name } }");
}

public sealed class KnownArgumentNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new KnownArgumentNamesRule(c);

    [Fact]
    public void Known_field_and_directive_arguments_are_fine()
        => ExpectValid(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: true) @include(if: true) } human(id: 1) { name } }");

    [Fact]
    public void Unknown_field_arguments_suggest_similar_ones()
        => ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogcommand: SIT) isAtLocation(z: 1) } }",
            new Expected("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)),
            new Expected("Unknown argument \"z\" on field \"Dog.isAtLocation\". Did you mean \"x\" or \"y\"?", (1, 55)));

    [Fact]
    public void Unknown_directive_arguments_are_reported_once()
        => ExpectErrors(
            Rule,
            "{ dog @skip(iff: true, unless: false) { name } }",
            new Expected("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)),
            new Expected("Unknown argument \"unless\" on directive \"@skip\".", (1, 24)));

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_not_reported()
        => ExpectValid(Rule, "{ dog { unknown(x: 1) } cat @unknown(y: 2) { name } }");
}

public sealed class UniqueArgumentNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new UniqueArgumentNamesRule(c);

    [Fact]
    public void Same_argument_on_different_fields_and_directives_is_fine()
        => ExpectValid(Rule, "{ a: dog @include(if: true) { isAtLocation(x: 1, y: 2) } b: dog @skip(if: false) { isAtLocation(x: 1) } }");

    [Fact]
    public void Duplicates_on_fields_and_directives_are_located_at_every_name()
        => ExpectErrors(
            Rule,
            "{ dog @include(if: true, if: false) { isAtLocation(x: 1, x: 2, x: 3) } }",
            new Expected("There can be only one argument named \"if\".", (1, 16), (1, 26)),
            new Expected("There can be only one argument named \"x\".", (1, 52), (1, 58), (1, 64)));
}

public sealed class ProvidedRequiredArgumentsTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new ProvidedRequiredArgumentsRule(c);

    [Fact]
    public void Optional_defaulted_and_given_arguments_are_fine()
        => ExpectValid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault multipleOpts } dog @include(if: true) { name } }");

    [Fact]
    public void Missing_required_field_arguments_are_reported_at_the_field()
        => ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs(req2: 2) multipleOptAndReq } }",
            new Expected("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            new Expected("Field \"multipleOptAndReq\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 43)),
            new Expected("Field \"multipleOptAndReq\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 43)));

    [Fact]
    public void Missing_required_directive_arguments_are_reported_at_the_directive_after_its_field_contents()
        => ExpectErrors(
            Rule,
            "{ dog @include @withArgs(opt: \"y\") { name } complicatedArgs { nonNullIntArgField } }",
            new Expected("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            new Expected("Directive \"@withArgs\" argument \"req\" of type \"Int!\" is required, but it was not provided.", (1, 16)),
            new Expected("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (1, 63)));
}
