using Clues.Core.Access;
using Clues.Core.Identifiers;

namespace Clues.Core.Tests.Access;

public sealed class HiddenConnectionsTests
{
    private static DivisionCode Code(string code) => DivisionCode.Parse(code);

    [Fact]
    public void The_owner_is_the_highest_level_jurisdiction_then_the_lowest_code()
    {
        Assert.Equal("431400", HiddenConnections.OwnerOf([Code("431402"), Code("431400")])!.Value);
        Assert.Equal("430000", HiddenConnections.OwnerOf([Code("431421"), Code("430000"), Code("431400")])!.Value);
        Assert.Equal("431402", HiddenConnections.OwnerOf([Code("431421"), Code("431402")])!.Value);
        Assert.Null(HiddenConnections.OwnerOf([]));
    }

    [Fact]
    public void Hidden_nodes_are_grouped_by_owner_with_the_edges_that_touch_them_counted_once()
    {
        var owners = new Dictionary<string, DivisionCode?>
        {
            ["a"] = Code("431402"),
            ["b"] = Code("431402"),
            ["c"] = Code("431400"),
            ["d"] = null,
        };
        (string, string)[] edges =
        [
            ("v1", "a"), // visible to hidden: counted under 431402
            ("a", "b"),  // inside one hidden group: once
            ("c", "v1"), // under 431400
            ("b", "c"),  // between groups: under its start's (b → 431402)
            ("v1", "v2"), // both visible: not counted
            ("d", "v2"),
        ];

        var groups = HiddenConnections.Group(["b", "a", "c", "d", "a"], id => owners[id], edges);

        Assert.Equal(["431400", "431402", null], groups.Select(g => g.Owner?.Value));
        Assert.Equal(["c"], groups[0].NodeIds);
        Assert.Equal(1, groups[0].Edges);
        Assert.Equal(["a", "b"], groups[1].NodeIds);
        Assert.Equal(3, groups[1].Edges);
        Assert.Equal(["d"], groups[2].NodeIds);
        Assert.Equal(1, groups[2].Edges);
    }

    [Fact]
    public void Nothing_hidden_gives_no_groups()
    {
        Assert.Empty(HiddenConnections.Group([], _ => Code("431402"), [("x", "y")]));
    }

    [Theory]
    [InlineData("431421", "青山县", "青山县委巡察办")]
    [InlineData("431400", "江临市", "江临市委巡察办")]
    [InlineData("430000", "湖南省", "湖南省委巡视办")]
    [InlineData("110105", null, "行政区划 110105 的党委巡察机构")]
    public void An_office_is_named_after_its_jurisdiction(string code, string? name, string office) =>
        Assert.Equal(office, OfficeNames.Of(Code(code), name));
}
