using System.Text;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;
using static Clues.GraphQL.Tests.Validation.ValidationHarness;

namespace Clues.GraphQL.Tests.Validation;

/// <summary>
/// A stack overflow cannot be caught in .NET: one request would end the server. These documents once overflowed
/// (or come close); they must now validate on a pool-sized stack, or be refused with an ordinary error.
/// </summary>
public sealed class StackSafetyTests
{
    private static readonly Lazy<GraphQLSchema> ChainSchema = new(() => Build("type Query { c: C } type C { id: ID parent: C name: String }"));

    private static readonly ValidationOptions NoCost = new() { MaxCost = null };

    private static List<string> Messages(IEnumerable<ValidationError> errors) => errors.Select(e => e.ToString()).ToList();

    [Theory]
    [InlineData(
        "{ c { id } } fragment F0 on C { parent { ...F0 parent { ...F0 } } }",
        "Cannot spread fragment \"F0\" within itself. (1:42)|Cannot spread fragment \"F0\" within itself. (1:57)|Fragment \"F0\" is never used. (1:14)")]
    [InlineData(
        "{ c { ...F0 } } fragment F0 on C { parent { ...F0 parent { ...F0 } } }",
        "Cannot spread fragment \"F0\" within itself. (1:45)|Cannot spread fragment \"F0\" within itself. (1:60)")]
    public void A_fragment_spreading_itself_under_nested_fields_is_reported_as_graphql_js_does(string query, string expected)
    {
        // Overlapping-fields once compared the nested "parent" fields with F0 forever; graphql-js reports only the cycles.
        var errors = SmallStack.Run(() => DocumentValidator.Run(ChainSchema.Value, Parser.Parse(query), SpecifiedRules.All));
        Assert.Equal(expected.Split('|'), Messages(errors));
    }

    [Fact]
    public void A_chain_of_fragments_each_spreading_the_next_two_validates_on_a_pool_sized_stack()
    {
        const int count = 300;
        var document = new StringBuilder("{ c { ...P0 } }\n");
        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? $"...P{i + 1} ...P{Math.Min(i + 2, count - 1)}" : "...P0";
            document.Append($"fragment P{i} on C {{ name {next} }}\n");
        }

        var parsed = Parser.Parse(document.ToString());
        var errors = SmallStack.Run(() => DocumentValidator.Run(ChainSchema.Value, parsed, SpecifiedRules.All));
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Cannot spread fragment \"P0\" within itself via \"P1\", \"P2\",", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(
            "The anonymous operation selects more than 2048 fields once fragments are expanded (limit MaxFields = 2048). "
            + "Select fewer fields or spread fragments less often, or raise ValidationOptions.MaxFields.",
            errors[1].Message);
    }

    [Fact]
    public void A_long_linear_chain_of_fragments_is_measured_without_recursing_along_it()
    {
        const int count = 1200;
        var document = new StringBuilder("{ c { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append($"fragment F{i} on C {{ parent {{ ...F{i + 1} }} }}\n");
        }

        document.Append($"fragment F{count} on C {{ name }}\n");
        var parsed = Parser.Parse(document.ToString());
        var errors = SmallStack.Run(() => DocumentValidator.Run(ChainSchema.Value, parsed, SpecifiedRules.All, NoCost));
        Assert.Equal(
            ["The anonymous operation has a depth of 1202 (limit MaxDepth = 15). Nest fewer fields, or raise ValidationOptions.MaxDepth. (1:1)"],
            Messages(errors));
    }

    [Fact]
    public void Comparing_fields_deeper_than_the_stack_allows_is_refused_with_an_error()
    {
        // Two "c" fields whose sub-selections are compared level by level through two chains of 2000 fragments.
        const int count = 2000;
        var document = new StringBuilder("{ c { ...F0 } c { ...G0 } }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append($"fragment F{i} on C {{ parent {{ ...F{i + 1} }} }}\n");
            document.Append($"fragment G{i} on C {{ parent {{ ...G{i + 1} }} }}\n");
        }

        document.Append($"fragment F{count} on C {{ x: name }}\nfragment G{count} on C {{ x: id }}\n");
        var parsed = Parser.Parse(document.ToString(), new ParseOptions { MaxTokens = null });
        var errors = SmallStack.Run(() => DocumentValidator.Run(ChainSchema.Value, parsed, SpecifiedRules.All), 256 * 1024);
        var last = errors[^1];
        Assert.Equal("Document is too deeply nested to validate. Validation aborted.", last.Message);
        Assert.Null(last.Rule);
        Assert.Empty(last.Locations);
    }

    [Fact]
    public void A_document_built_in_code_nested_beyond_the_parser_limit_is_refused_with_an_error()
    {
        // The parser caps nesting at 512, but a document built in code has no such bound.
        var selection = new SelectionSet([new Field(null, new Name("name"), [], [], null)]);
        for (var i = 0; i < 100_000; i++)
        {
            selection = new SelectionSet([new Field(null, new Name("parent"), [], [], selection)]);
        }

        var document = new Document([new OperationDefinition(OperationType.Query, null, [], [], new SelectionSet([new Field(null, new Name("c"), [], [], selection)]))]);
        var errors = SmallStack.Run(() => DocumentValidator.Validate(ChainSchema.Value, document));
        Assert.Equal("Document is too deeply nested to validate. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void Completing_a_response_deeper_than_the_stack_allows_is_a_field_error()
    {
        // With the depth limit off, a fragment chain nests the response 1000 levels deep over a self-referencing object.
        const int count = 1000;
        var document = new StringBuilder("{ c { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append($"fragment F{i} on C {{ id parent {{ ...F{i + 1} }} }}\n");
        }

        document.Append($"fragment F{count} on C {{ id }}\n");
        var parsed = Parser.Parse(document.ToString());
        Assert.Empty(DocumentValidator.Validate(ChainSchema.Value, parsed, new ValidationOptions { MaxDepth = null, MaxCost = null }));

        var node = new Dictionary<string, object?> { ["id"] = "1" };
        node["parent"] = node;
        var request = new ExecutionRequest { Schema = ChainSchema.Value, Document = parsed, RootValue = new Dictionary<string, object?> { ["c"] = node } };
        var result = SmallStack.Run(() => Executor.ExecuteAsync(request).GetAwaiter().GetResult(), 512 * 1024);
        Assert.True(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("The response is nested too deeply to complete this field.", error.Message);
    }
}
