using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new UniqueVariableNamesRule(c);

    [Fact]
    public void Distinct_variables_are_fine_and_operations_are_independent()
        => ExpectValid(Rule, "query A($x: Int, $y: String) { dog { name } } query B($x: Int) { dog { name } }");

    [Fact]
    public void Every_occurrence_of_a_duplicate_is_located_at_its_name()
        => ExpectErrors(
            Rule,
            "query A($x: Int, $x: Int, $x: String) { dog { name } }\nquery B($y: Int, $z: Int, $y: Int) { dog { name } }",
            new Expected("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            new Expected("There can be only one variable named \"$y\".", (2, 10), (2, 28)));
}

public sealed class NoUndefinedVariablesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new NoUndefinedVariablesRule(c);

    [Fact]
    public void Variables_used_directly_and_in_fragments_are_fine_when_defined()
        => ExpectValid(
            Rule,
            "query Foo($a: Boolean, $b: Int) { dog { name @include(if: $a) ...F } } fragment F on Dog { isAtLocation(x: $b) }");

    [Fact]
    public void An_undefined_variable_is_located_at_the_use_and_the_operation()
        => ExpectErrors(
            Rule,
            "query Foo($a: Int) { dog { isAtLocation(x: $a, y: $b) } }",
            new Expected("Variable \"$b\" is not defined by operation \"Foo\".", (1, 51), (1, 1)));

    [Fact]
    public void Anonymous_operations_get_the_short_message()
        => ExpectErrors(
            Rule,
            "{ dog { isAtLocation(x: $a) } }",
            new Expected("Variable \"$a\" is not defined.", (1, 25), (1, 1)));

    [Fact]
    public void Fragments_defined_after_the_operation_are_followed_and_reported_per_operation()
        => ExpectErrors(
            Rule,
            "query Foo($a: Int) { dog { ...F } }\nquery Bar($b: Int) { dog { ...F } }\nfragment F on Dog { isAtLocation(x: $a, y: $b) }",
            new Expected("Variable \"$b\" is not defined by operation \"Foo\".", (3, 44), (1, 1)),
            new Expected("Variable \"$a\" is not defined by operation \"Bar\".", (3, 37), (2, 1)));

    [Fact]
    public void Variables_inside_object_and_list_values_and_directives_count()
        => ExpectErrors(
            Rule,
            "query Q { complicatedArgs { complexArgField(complexArg: {requiredField: $r, stringListField: [$s]}) @onField } dog @include(if: $i) { name } }",
            new Expected("Variable \"$r\" is not defined by operation \"Q\".", (1, 73), (1, 1)),
            new Expected("Variable \"$s\" is not defined by operation \"Q\".", (1, 95), (1, 1)),
            new Expected("Variable \"$i\" is not defined by operation \"Q\".", (1, 129), (1, 1)));
}

public sealed class NoUnusedVariablesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new NoUnusedVariablesRule(c);

    [Fact]
    public void Variables_used_through_nested_fragments_are_used()
        => ExpectValid(
            Rule,
            "query Foo($a: Int) { dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { isAtLocation(x: $a) }");

    [Fact]
    public void Unused_variables_are_located_at_their_definitions()
        => ExpectErrors(
            Rule,
            "query Foo($a: Int, $b: Int) { dog { isAtLocation(x: $a) } }\nquery ($c: Int) { dog { name } }",
            new Expected("Variable \"$b\" is never used in operation \"Foo\".", (1, 20)),
            new Expected("Variable \"$c\" is never used.", (2, 8)));

    [Fact]
    public void A_variable_used_only_by_another_operation_is_unused()
        => ExpectErrors(
            Rule,
            "query Foo($a: Int) { dog { ...F } }\nquery Bar($a: Int) { dog { name } }\nfragment F on Dog { isAtLocation(x: $a) }",
            new Expected("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));
}

public sealed class VariablesAreInputTypesTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new VariablesAreInputTypesRule(c);

    [Fact]
    public void Scalars_enums_and_input_objects_are_input_types()
        => ExpectValid(Rule, "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: Unknown) { dog { name } }");

    [Fact]
    public void Output_types_are_reported_at_the_type_as_written()
        => ExpectErrors(
            Rule,
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",
            new Expected("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            new Expected("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            new Expected("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}

public sealed class VariablesInAllowedPositionTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new VariablesInAllowedPositionRule(c);

    [Fact]
    public void Matching_and_stricter_types_are_allowed()
        => ExpectValid(
            Rule,
            "query Q($a: Boolean!, $b: [String!], $c: Int!) { dog @include(if: $a) { name } complicatedArgs { stringListArgField(stringListArg: $b) intArgField(intArg: $c) } }");

    [Fact]
    public void A_nullable_variable_in_a_non_null_position_is_reported_at_definition_and_use()
        => ExpectErrors(
            Rule,
            "query Q($a: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }",
            new Expected("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 72)));

    [Fact]
    public void A_non_null_default_on_the_variable_allows_a_non_null_position()
        => ExpectValid(Rule, "query Q($a: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }");

    [Fact]
    public void A_null_default_on_the_variable_does_not()
        => ExpectErrors(
            Rule,
            "query Q($a: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }",
            new Expected("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 79)));

    [Fact]
    public void A_default_on_the_argument_allows_a_nullable_variable()
        => ExpectValid(Rule, "query Q($a: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $a) } }");

    [Fact]
    public void List_and_item_mismatches_are_reported()
        => ExpectErrors(
            Rule,
            "query Q($a: String, $b: [String]) { complicatedArgs { stringListArgField(stringListArg: $a) stringListNonNullArgField(stringListNonNullArg: $b) } }",
            new Expected("Variable \"$a\" of type \"String\" used in position expecting type \"[String]\".", (1, 9), (1, 89)),
            new Expected("Variable \"$b\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 21), (1, 141)));

    [Fact]
    public void Uses_in_fragments_and_list_items_are_checked_per_operation()
        => ExpectErrors(
            Rule,
            "query Q($a: String) { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$a]) }",
            new Expected("Variable \"$a\" of type \"String\" used in position expecting type \"String!\".", (1, 9), (2, 82)));

    [Fact]
    public void Directive_arguments_are_positions_too()
        => ExpectErrors(
            Rule,
            "query Q($a: Boolean) { dog @include(if: $a) { name } }",
            new Expected("Variable \"$a\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 41)));

    [Fact]
    public void Input_object_fields_are_positions_too()
        => ExpectErrors(
            Rule,
            "query Q($a: Boolean, $b: Int) { complicatedArgs { complexArgField(complexArg: {requiredField: $a, intField: $b}) } }",
            new Expected("Variable \"$a\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 95)));

    [Fact]
    public void Variables_in_oneOf_fields_must_be_non_null_even_with_defaults_or_through_fragments()
        => ExpectErrors(
            Rule,
            "query Q($s: String = \"x\", $i: Int!, $o: OneOfInput) { complicatedArgs { ...F a: oneOfArgField(oneOfArg: {intField: $i}) b: oneOfArgField(oneOfArg: $o) } }\nfragment F on ComplicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) }",
            new Expected("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (2, 71)));
}
