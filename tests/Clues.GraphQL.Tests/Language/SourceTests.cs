using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class SourceTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(5, 3, 1)]
    [InlineData(6, 4, 1)]
    [InlineData(8, 4, 3)]
    [InlineData(100, 4, 3)]
    public void Offsets_map_to_one_based_lines_and_columns_for_every_line_terminator(int offset, int line, int column)
    {
        // Lines start at 0 ("ab"), 3 ("c", ended by a lone \r), 5 (empty, ended by \r) and 6 ("de").
        var source = new Source("ab\nc\r\rde");
        Assert.Equal(new SourceLocation(line, column), source.GetLocation(offset));
    }

    [Fact]
    public void A_crlf_pair_is_one_line_break()
    {
        var source = new Source("a\r\nb");
        Assert.Equal(new SourceLocation(2, 1), source.GetLocation(3));
        Assert.Equal(new SourceLocation(1, 3), source.GetLocation(2));
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        var source = new Source("\U0001F600x");
        Assert.Equal(new SourceLocation(1, 3), source.GetLocation(2));
    }

    [Fact]
    public void Locations_deconstruct_into_line_and_column()
    {
        var (line, column) = new Source("x\ny").GetLocation(2);
        Assert.Equal((2, 1), (line, column));
    }

    [Fact]
    public void The_default_name_matches_graphql_js()
    {
        Assert.Equal("GraphQL request", new Source("{a}").Name);
        Assert.Equal("schema.graphql", new Source("{a}", "schema.graphql").Name);
    }
}
