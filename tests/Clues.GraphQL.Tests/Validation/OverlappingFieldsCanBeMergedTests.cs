using System.Diagnostics;
using System.Text;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;
using Clues.GraphQL.Validation.Rules;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedTests
{
    private const string Hint = ". Use different aliases on the fields to fetch both if this was intentional.";

    private static readonly Func<ValidationContext, ValidationRule> Rule = c => new OverlappingFieldsCanBeMergedRule(c);

    private static readonly Lazy<GraphQLSchema> BoxSchema = new(() => Build("""
        interface SomeBox { deepBox: SomeBox unrelatedField: String }
        type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        interface NonNullStringBox1 { scalar: String! }
        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 { scalar: String! unrelatedField: String deepBox: SomeBox }
        interface NonNullStringBox2 { scalar: String! }
        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 { scalar: String! unrelatedField: String deepBox: SomeBox }
        type Connection { edges: [Edge] }
        type Edge { node: Node }
        type Node { id: ID name: String }
        type T { a: String b: String c: String d: String deepField: T f(a: Int, b: Int, o: In): String x: String y: [String] }
        input In { p: Int q: Int }
        type Query { someBox: SomeBox connection: Connection field: T f1: T f2: T f3: T }
        """));

    private static void Box(string query, params Expected[] expected) => ExpectErrors(Rule, query, BoxSchema.Value, expected);

    [Fact]
    public void Unique_and_identical_fields_merge()
        => ExpectValid(Rule, "{ dog { name nickname name n: name n: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }");

    [Fact]
    public void Arguments_compare_by_value_with_object_fields_in_any_order()
        => Box("{ field { f(a: 1, o: {p: 1, q: 2}) f(o: {q: 2, p: 1}, a: 1) } }");

    [Fact]
    public void The_same_alias_on_different_fields_conflicts()
        => ExpectErrors(
            Rule,
            "fragment F on Dog { name: nickname name }",
            new Expected("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields" + Hint, (1, 21), (1, 36)));

    [Fact]
    public void Differing_arguments_conflict_including_missing_ones()
        => ExpectErrors(
            Rule,
            "fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) doesKnowCommand }",
            new Expected("Fields \"doesKnowCommand\" conflict because they have differing arguments" + Hint, (1, 21), (1, 54)),
            new Expected("Fields \"doesKnowCommand\" conflict because they have differing arguments" + Hint, (1, 21), (1, 88)),
            new Expected("Fields \"doesKnowCommand\" conflict because they have differing arguments" + Hint, (1, 54), (1, 88)));

    [Fact]
    public void Variables_and_literals_differ()
        => ExpectErrors(
            Rule,
            "query Q($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: SIT) } }",
            new Expected("Fields \"doesKnowCommand\" conflict because they have differing arguments" + Hint, (1, 33), (1, 65)));

    [Fact]
    public void Different_fields_on_mutually_exclusive_object_types_may_share_an_alias()
        => ExpectValid(Rule, "{ catOrDog { ... on Dog { volume: barkVolume } ... on Cat { volume: meowsVolume } } }");

    [Fact]
    public void Mutually_exclusive_fields_must_still_have_the_same_shape()
        => Box(
            "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }",
            new Expected("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\"" + Hint, (1, 29), (1, 57)));

    [Fact]
    public void An_interface_and_an_object_are_not_mutually_exclusive()
        => Box(
            "{ someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }",
            new Expected("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\"" + Hint, (1, 29), (1, 65)));

    [Fact]
    public void Nullability_and_list_differences_conflict()
        => Box(
            "{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }",
            new Expected("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\"" + Hint, (1, 40), (1, 68)),
            new Expected("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\"" + Hint, (1, 93), (1, 144)));

    [Fact]
    public void Same_wrapped_scalars_and_compatible_shapes_merge()
        => Box("{ someBox { ... on NonNullStringBox1 { scalar } ... on NonNullStringBox2 { scalar } ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } ... on IntBox { s: unrelatedField } ... on StringBox { s: scalar } ... { deepBox { unrelatedField } } } }");

    [Fact]
    public void Deep_shape_conflicts_are_reported_through_every_level()
        => Box(
            "{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }",
            new Expected("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\"" + Hint, (1, 29), (1, 46), (1, 76), (1, 90)));

    [Fact]
    public void Conflicts_inside_one_side_are_reported_where_they_are_and_not_across_exclusive_parents()
        => Box(
            "{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }",
            new Expected("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields" + Hint, (1, 46), (1, 58)));

    [Fact]
    public void Deep_conflicts_are_reported_at_the_nearest_common_ancestor_with_every_field_located()
        => Box(
            "{ field { deepField { x: a } deepField { x: b } } field { deepField { y: c } } }",
            new Expected("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields" + Hint, (1, 11), (1, 23), (1, 30), (1, 42)));

    [Fact]
    public void Deep_conflicts_in_nested_fields_name_the_whole_path()
        => Box(
            "{ field { deepField { x: a } } field { deepField { x: b } } }",
            new Expected("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields" + Hint, (1, 3), (1, 11), (1, 23), (1, 32), (1, 40), (1, 52)));

    [Fact]
    public void Several_sub_conflicts_are_joined_with_and()
        => Box(
            "{ field { x: a y: c } field { x: b y: d } }",
            new Expected("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields" + Hint, (1, 3), (1, 11), (1, 16), (1, 23), (1, 31), (1, 36)));

    [Fact]
    public void Conflicts_between_fragments_are_found()
        => ExpectErrors(
            Rule,
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: barks }",
            new Expected("Fields \"x\" conflict because \"name\" and \"barks\" are different fields" + Hint, (2, 21), (3, 21)));

    [Fact]
    public void Each_conflict_between_the_same_fragments_is_reported_once()
        => Box(
            "{ f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } }\nfragment A on T { x: a }\nfragment B on T { x: b }",
            new Expected("Fields \"x\" conflict because \"a\" and \"b\" are different fields" + Hint, (2, 19), (3, 19)),
            new Expected("Fields \"x\" conflict because \"c\" and \"a\" are different fields" + Hint, (1, 52), (2, 19)),
            new Expected("Fields \"x\" conflict because \"c\" and \"b\" are different fields" + Hint, (1, 52), (3, 19)));

    [Fact]
    public void Deep_conflicts_through_nested_fragments_are_combined()
        => Box(
            "{ field { ...F } field { ...I } }\nfragment F on T { x: a ...G }\nfragment G on T { y: c }\nfragment I on T { y: d ...J }\nfragment J on T { x: b }",
            new Expected(
                "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields" + Hint,
                (1, 3), (2, 19), (3, 19), (1, 18), (5, 19), (4, 19)));

    [Fact]
    public void Deep_types_including_lists_are_compared_through_fragments()
        => Box(
            "{ connection { ...edgeID edges { node { id: name } } } }\nfragment edgeID on Connection { edges { node { id } } }",
            new Expected(
                "Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields" + Hint,
                (1, 26), (1, 34), (1, 41), (2, 33), (2, 41), (2, 48)));

    [Fact]
    public void Fields_spread_through_a_fragment_chain_conflict_with_local_fields()
        => Box(
            "{ f1 { ...A x: a } f2 { ...A x: c } }\nfragment A on T { ...B }\nfragment B on T { x: b }",
            new Expected("Fields \"x\" conflict because \"a\" and \"b\" are different fields" + Hint, (1, 13), (3, 19)),
            new Expected("Fields \"x\" conflict because \"c\" and \"b\" are different fields" + Hint, (1, 30), (3, 19)));

    [Fact]
    public void Unknown_types_and_recursive_fragments_do_not_break_the_check()
    {
        Box("{ someBox { ... on UnknownType { scalar } ... on NonNullStringBox2 { scalar } } }");
        ExpectValid(Rule, "fragment A on Human { name relatives { name ...A } } fragment B on Human { name ...B } fragment C on Human { name ...D } fragment D on Human { name ...C }");
    }

    [Fact]
    public void Conflicts_are_found_next_to_an_immediately_recursive_spread()
        => ExpectErrors(
            Rule,
            "fragment F on Dog { ...F fido: name fido: nickname }",
            new Expected("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields" + Hint, (1, 26), (1, 37)));

    [Fact]
    public void A_fragment_spreading_itself_under_nested_fields_terminates()
        => Box("{ field { ...F } } fragment F on T { deepField { ...F deepField { ...F } } }");

    [Fact]
    public void A_field_set_is_compared_with_a_fragment_once_per_document()
        => Box(
            // The fields of the first "f1" meet fragment A when the two "f1" are compared; graphql-js does not
            // compare them again when it reaches their own selection set.
            "{ f1: field { x: a ...A } f1: field { ...A } } fragment A on T { x: b }",
            new Expected(
                "Fields \"f1\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields" + Hint,
                (1, 3), (1, 15), (1, 27), (1, 66)));

    [Fact]
    public void Conflicts_inside_an_inline_fragment_are_reported_once()
        => ExpectErrors(
            Rule,
            "{ dog { ... on Dog { x: name x: nickname } } }",
            new Expected("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields" + Hint, (1, 22), (1, 30)));

    [Fact]
    public void Long_names_are_abbreviated_in_the_message()
    {
        var name = new string('n', 1200);
        var schema = Build("type Query { t: T } type T { " + name + ": String other: String }");
        var errors = Run(Rule, "{ t { x: " + name + " x: other } }", schema);
        Assert.Equal(
            "Fields \"x\" conflict because \"" + new string('n', 1000) + "...\" and \"other\" are different fields" + Hint,
            Assert.Single(errors).Message);
    }

    [Fact]
    public void Sub_conflict_details_are_bounded_in_length_and_locations()
    {
        // 60 conflicting sub-fields: graphql-js 16.15 stops the reason after 1000 characters and keeps 20 locations per side.
        var left = new StringBuilder();
        var right = new StringBuilder();
        for (var i = 0; i < 60; i++)
        {
            left.Append($"x{i}: a ");
            right.Append($"x{i}: b ");
        }

        var error = Assert.Single(Run(Rule, $"{{ field {{ {left}}} field {{ {right}}} }}", BoxSchema.Value));
        var reason = error.Message[error.Message.IndexOf("because ", StringComparison.Ordinal)..];
        Assert.EndsWith(".... Use different aliases on the fields to fetch both if this was intentional.", error.Message, StringComparison.Ordinal);
        Assert.Equal("because ".Length + 1003 + Hint.Length, reason.Length);
        Assert.Equal(40, error.Locations.Count);
    }

    [Fact]
    public void A_thousand_identical_fields_validate_quickly()
    {
        var query = new StringBuilder("{ dog { ");
        for (var i = 0; i < 1000; i++)
        {
            query.Append("name mother { name } ");
        }

        query.Append("} }");
        var watch = Stopwatch.StartNew();
        ExpectValid(Rule, query.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_thousand_distinct_aliases_validate_quickly()
    {
        var query = new StringBuilder("{ dog { ");
        for (var i = 0; i < 1000; i++)
        {
            query.Append("a").Append(i).Append(": name ");
        }

        query.Append("} }");
        var watch = Stopwatch.StartNew();
        ExpectValid(Rule, query.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Fragment_fan_out_does_not_make_the_check_exponential()
    {
        // Each level spreads the previous one twice at the top and twice under fields: naive expansion is 4^30.
        var document = new StringBuilder("{ field { ...F30 } }\nfragment F0 on T { a deepField { b } }\n");
        for (var i = 1; i <= 30; i++)
        {
            document.Append($"fragment F{i} on T {{ ...F{i - 1} deepField {{ ...F{i - 1} }} x: deepField {{ ...F{i - 1} c }} ...F{i - 1} }}\n");
        }

        var watch = Stopwatch.StartNew();
        Box(document.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
