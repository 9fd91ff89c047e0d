using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeTests
{
    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new ValuesOfCorrectTypeRule(c);

    private static string Args(string field) => "{ complicatedArgs { " + field + " } }";

    [Theory]
    [InlineData("intArgField(intArg: 2)")]
    [InlineData("intArgField(intArg: -2147483648)")]
    [InlineData("floatArgField(floatArg: 1)")]
    [InlineData("floatArgField(floatArg: 1.5e3)")]
    [InlineData("idArgField(idArg: 1)")]
    [InlineData("idArgField(idArg: \"someIdString\")")]
    [InlineData("stringArgField(stringArg: \"\"\"block\"\"\")")]
    [InlineData("booleanArgField(booleanArg: false)")]
    [InlineData("enumArgField(enumArg: NO_FUR)")]
    [InlineData("intArgField(intArg: null)")]
    [InlineData("stringListArgField(stringListArg: [\"a\", null, \"b\"])")]
    [InlineData("stringListArgField(stringListArg: \"single item coerces to a list\")")]
    [InlineData("complexArgField(complexArg: {requiredField: true, stringListField: [\"x\"]})")]
    [InlineData("complexArgField(complexArg: {requiredField: false, nonNullField: true, intField: 4})")]
    [InlineData("oneOfArgField(oneOfArg: {stringField: \"abc\"})")]
    [InlineData("multipleReqs(req1: $unknownVariable, req2: 2)")]
    public void Valid_literals_pass(string field) => ExpectValid(Rule, Args(field));

    [Fact]
    public void Wrong_scalar_literals_report_the_scalars_own_message()
        => ExpectErrors(
            Rule,
            Args("intArgField(intArg: \"3\") a: intArgField(intArg: 829384293849283498239482938) b: floatArgField(floatArg: true) c: idArgField(idArg: 1.0) d: stringArgField(stringArg: 1) e: booleanArgField(booleanArg: TRUE)"),
            new Expected("Int cannot represent non-integer value: \"3\"", (1, 41)),
            new Expected("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (1, 69)),
            new Expected("Float cannot represent non numeric value: true", (1, 125)),
            new Expected("ID cannot represent a non-string and non-integer value: 1.0", (1, 152)),
            new Expected("String cannot represent a non string value: 1", (1, 186)),
            new Expected("Boolean cannot represent a non boolean value: TRUE", (1, 220)));

    [Fact]
    public void Enum_literals_must_be_known_enum_values_with_suggestions()
        => ExpectErrors(
            Rule,
            Args("enumArgField(enumArg: brown) a: enumArgField(enumArg: \"BROWN\") b: enumArgField(enumArg: 2) c: enumArgField(enumArg: TRUE)"),
            new Expected("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 43)),
            new Expected("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 75)),
            new Expected("Enum \"FurColor\" cannot represent non-enum value: 2.", (1, 109)),
            new Expected("Value \"TRUE\" does not exist in \"FurColor\" enum.", (1, 137)));

    [Fact]
    public void Null_in_a_non_null_position_is_reported()
        => ExpectErrors(
            Rule,
            Args("nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: [\"a\", null])"),
            new Expected("Expected value of type \"Int!\", found null.", (1, 55)),
            new Expected("Expected value of type \"String!\", found null.", (1, 115)));

    [Fact]
    public void Lists_are_checked_item_by_item_and_whole_lists_where_no_list_is_expected()
        => ExpectErrors(
            Rule,
            Args("stringListArgField(stringListArg: [\"one\", 2]) intArgField(intArg: [1, 2])"),
            new Expected("String cannot represent a non string value: 2", (1, 63)),
            new Expected("Int cannot represent non-integer value: [1, 2]", (1, 87)));

    [Fact]
    public void Input_objects_report_missing_required_and_unknown_fields()
        => ExpectErrors(
            Rule,
            Args("complexArgField(complexArg: {intField: 4, requriedField: true}) a: intArgField(intArg: {x: 1})"),
            new Expected("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)),
            new Expected("Field \"requriedField\" is not defined by type \"ComplexInput\". Did you mean \"requiredField\" or \"stringField\"?", (1, 63)),
            new Expected("Int cannot represent non-integer value: {x: 1}", (1, 108)));

    [Fact]
    public void Directive_arguments_are_checked()
        => ExpectErrors(
            Rule,
            "{ dog @include(if: \"yes\") { name @skip(if: ENUM) } }",
            new Expected("Boolean cannot represent a non boolean value: \"yes\"", (1, 20)),
            new Expected("Boolean cannot represent a non boolean value: ENUM", (1, 44)));

    [Fact]
    public void Variable_defaults_are_checked()
        => ExpectErrors(
            Rule,
            "query Q($a: Int = \"one\", $b: ComplexInput = {intField: 3}, $c: Int! = null) { dog { name } }",
            new Expected("Int cannot represent non-integer value: \"one\"", (1, 19)),
            new Expected("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 45)),
            new Expected("Expected value of type \"Int!\", found null.", (1, 71)));

    [Fact]
    public void OneOf_input_objects_need_exactly_one_field()
        => ExpectErrors(
            Rule,
            Args("oneOfArgField(oneOfArg: {stringField: \"a\", intField: 1}) a: oneOfArgField(oneOfArg: {})"),
            new Expected("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 45)),
            new Expected("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 105)));

    [Fact]
    public void OneOf_input_object_fields_must_not_be_null()
        => ExpectErrors(
            Rule,
            Args("oneOfArgField(oneOfArg: {stringField: null})"),
            new Expected("Field \"OneOfInput.stringField\" must be non-null.", (1, 45)));
}
