using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Access;

public sealed class VisibilityFilterTests
{
    private static DivisionCode Code(string value) => DivisionCode.Parse(value);

    private static Principal At(string code, JurisdictionLevel level) =>
        new("u1", "User One", new HashSet<Role> { Role.Analyst }, Code(code), level);

    [Fact]
    public void A_county_user_sees_their_county_but_not_a_sibling_county_or_the_city()
    {
        var filter = new VisibilityFilter(At("431421", JurisdictionLevel.County));

        Assert.True(filter.IsVisible(Code("431421")));
        Assert.False(filter.IsVisible(Code("431402")));
        Assert.False(filter.IsVisible(Code("431400")));
    }

    [Fact]
    public void A_city_user_sees_the_city_and_its_counties_but_not_another_city()
    {
        var filter = new VisibilityFilter(At("431400", JurisdictionLevel.City));

        Assert.True(filter.IsVisible(Code("431400")));
        Assert.True(filter.IsVisible(Code("431402")));
        Assert.True(filter.IsVisible(Code("431421")));
        Assert.False(filter.IsVisible(Code("431500")));
        Assert.False(filter.IsVisible(Code("430000")));
    }

    [Fact]
    public void A_province_user_sees_every_city_of_the_province_only()
    {
        var filter = new VisibilityFilter(At("430000", JurisdictionLevel.Province));

        Assert.True(filter.IsVisible(Code("431400")));
        Assert.True(filter.IsVisible(Code("431421")));
        Assert.False(filter.IsVisible(Code("440100")));
    }

    [Fact]
    public void A_unit_outside_the_city_prefix_is_visible_when_the_PartOf_tree_places_it_under_the_city()
    {
        // A development zone carrying a code outside its city's prefix, attached by a PartOf link.
        var tree = JurisdictionTree.FromLinks([(Code("439001"), Code("431400")), (Code("431421"), Code("431400"))]);

        Assert.True(new VisibilityFilter(At("431400", JurisdictionLevel.City), tree).IsVisible(Code("439001")));
        Assert.False(new VisibilityFilter(At("431400", JurisdictionLevel.City)).IsVisible(Code("439001")));
        Assert.False(new VisibilityFilter(At("431421", JurisdictionLevel.County), tree).IsVisible(Code("439001")));
    }

    [Fact]
    public void A_cyclic_PartOf_link_set_does_not_loop()
    {
        var tree = JurisdictionTree.FromLinks([(Code("439001"), Code("439002")), (Code("439002"), Code("439001"))]);

        Assert.False(new VisibilityFilter(At("431400", JurisdictionLevel.City), tree).IsVisible(Code("439001")));
    }

    [Fact]
    public void A_node_without_jurisdiction_is_hidden_unless_shared()
    {
        var filter = new VisibilityFilter(At("431421", JurisdictionLevel.County), isShared: id => id == "person:shared");

        Assert.False(filter.IsVisible((DivisionCode?)null));
        Assert.False(filter.IsVisible("person:other", null));
        Assert.True(filter.IsVisible("person:shared", null));
        Assert.True(filter.IsVisible("person:shared", Code("431402")));
    }
}
