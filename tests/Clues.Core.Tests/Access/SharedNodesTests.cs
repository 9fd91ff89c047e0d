using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Access;

public sealed class SharedNodesTests
{
    private static readonly DivisionCode Qingshan = DivisionCode.Parse("431421");
    private static readonly DivisionCode Jiangbei = DivisionCode.Parse("431402");

    [Fact]
    public void A_grant_is_for_one_office_and_one_node_and_adding_one_leaves_the_old_snapshot_unchanged()
    {
        var before = SharedNodes.From([(Qingshan, "clue-1")]);

        var after = before.With(Qingshan, ["per-7", "clue-1"]);

        Assert.True(before.IsShared(Qingshan, "clue-1"));
        Assert.False(before.IsShared(Qingshan, "per-7"));
        Assert.True(after.IsShared(Qingshan, "per-7"));
        Assert.False(after.IsShared(Jiangbei, "per-7"));
        Assert.Equal(2, after.Count);
        Assert.Equal(0, SharedNodes.None.Count);
    }

    [Fact]
    public void A_node_shared_with_a_county_office_becomes_visible_to_its_users_only()
    {
        var shared = SharedNodes.From([(Qingshan, "clue-jb")]);
        var jiangbeiCode = new[] { Jiangbei };
        VisibilityFilter For(DivisionCode office) =>
            new(new Principal("u", "u", new HashSet<Role> { Role.Analyst }, office, JurisdictionLevel.County), null, id => shared.IsShared(office, id));

        Assert.True(For(Qingshan).IsNodeVisible("clue-jb", jiangbeiCode));
        Assert.False(For(Qingshan).IsNodeVisible("clue-other", jiangbeiCode));
        Assert.False(For(DivisionCode.Parse("431422")).IsNodeVisible("clue-jb", jiangbeiCode));
        Assert.True(For(Jiangbei).IsNodeVisible("clue-other", jiangbeiCode));
        Assert.False(For(Qingshan).IsNodeVisible("clue-none", []));
    }
}
