using Clues.Cli.BenchGraphQL;

namespace Clues.Cli.Tests.BenchGraphQL;

public sealed class ResponseComparisonTests
{
    [Fact]
    public void Whitespace_and_escaping_do_not_count()
    {
        Assert.Null(ResponseComparison.FirstDifference("""{"data":{"a":"é","n":1.0}}""", """{ "data" : { "a" : "\u00e9", "n" : 1 } }"""));
    }

    [Fact]
    public void Key_order_counts_and_the_difference_is_located()
    {
        var difference = ResponseComparison.FirstDifference("""{"data":{"a":1,"b":2}}""", """{"data":{"b":2,"a":1}}""");

        Assert.Equal("at $.data: key #1 is \"a\" in ours but \"b\" in graphql-js's", difference);
    }

    [Fact]
    public void A_different_value_deep_in_a_list_is_located()
    {
        var difference = ResponseComparison.FirstDifference("""{"data":{"items":[{"id":"1"},{"id":"2"}]}}""", """{"data":{"items":[{"id":"1"},{"id":"3"}]}}""");

        Assert.Equal("at $.data.items[1].id: ours is \"2\" but graphql-js's is \"3\"", difference);
    }

    [Fact]
    public void Introspection_answers_compare_types_as_a_set_but_still_see_a_changed_user_field()
    {
        const string ours = """{"data":{"__schema":{"types":[{"name":"Query","fields":[{"name":"a","description":null}]},{"name":"String","fields":null}],"directives":[]}}}""";
        const string reordered = """{"data":{"__schema":{"types":[{"name":"String","fields":null},{"name":"Query","fields":[{"name":"a","description":null}]}],"directives":[]}}}""";
        const string changed = """{"data":{"__schema":{"types":[{"name":"String","fields":null},{"name":"Query","fields":[{"name":"b","description":null}]}],"directives":[]}}}""";

        Assert.Null(ResponseComparison.FirstDifference(ours, reordered, introspection: true));
        Assert.NotNull(ResponseComparison.FirstDifference(ours, reordered, introspection: false));
        Assert.Equal(
            "at $.data.__schema.types[0].fields[0].name: ours is \"a\" but graphql-js's is \"b\"",
            ResponseComparison.FirstDifference(ours, changed, introspection: true));
    }

    [Fact]
    public void Introspection_types_own_descriptions_are_set_aside_but_user_descriptions_are_not()
    {
        const string ours = """{"data":{"__schema":{"types":[{"name":"__Type","description":"ours","fields":[{"name":"kind","description":"x"}]},{"name":"Item","description":"An item"}]}}}""";
        const string theirs = """{"data":{"__schema":{"types":[{"name":"__Type","description":"theirs","fields":[{"name":"kind","description":"y"}]},{"name":"Item","description":"An item"}]}}}""";
        const string userChanged = """{"data":{"__schema":{"types":[{"name":"__Type","description":"theirs","fields":[{"name":"kind","description":"y"}]},{"name":"Item","description":"Another"}]}}}""";

        Assert.Null(ResponseComparison.FirstDifference(ours, theirs, introspection: true));
        Assert.NotNull(ResponseComparison.FirstDifference(ours, userChanged, introspection: true));
    }
}
