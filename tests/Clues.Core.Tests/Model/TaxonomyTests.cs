using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Model;

public sealed class TaxonomyTests
{
    [Fact]
    public void Every_problem_type_has_a_group_and_a_chinese_label()
    {
        foreach (var type in ProblemTaxonomy.All)
        {
            _ = ProblemTaxonomy.GroupOf(type);
            Assert.NotEqual(type.ToString(), ProblemTaxonomy.LabelOf(type));
        }
    }

    [Fact]
    public void Labels_come_from_the_enum_members()
    {
        Assert.Equal("市管干部", Labels.Of(ManagementLevel.City));
        Assert.Equal("来信", Labels.Of(ClueSource.Letter));
        Assert.Equal(ProblemGroup.SuspectedCrime, ProblemTaxonomy.GroupOf(ProblemType.OrganisedCrime));
    }

    [Fact]
    public void Time_window_overlap_treats_missing_bounds_as_open()
    {
        var window = new Clues.Core.Graph.TimeWindow(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));

        Assert.True(window.Overlaps(null, null));
        Assert.True(window.Overlaps(new DateOnly(2020, 12, 31), null));
        Assert.False(window.Overlaps(new DateOnly(2021, 1, 1), null));
        Assert.False(window.Overlaps(null, new DateOnly(2019, 12, 31)));
        Assert.True(Clues.Core.Graph.TimeWindow.At(new DateOnly(2020, 6, 1)).Overlaps(new DateOnly(2020, 6, 1), new DateOnly(2020, 6, 1)));
    }
}
