using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;

namespace Clues.Handover.Tests.Routing;

public sealed class ProblemCodeMappingTests
{
    [Fact]
    public void Every_domain_problem_type_maps_to_a_routing_code_in_the_same_family()
    {
        foreach (var type in ProblemTaxonomy.All)
        {
            var code = ProblemCodeMapping.ToRoutingCode(type, ManagementLevel.County);
            var wire = ProblemCodeMapping.WireName(code);
            var expectedPrefix = ProblemTaxonomy.GroupOf(type) switch
            {
                ProblemGroup.SixDisciplines => "DISCIPLINE_",
                ProblemGroup.EightPointRules => "STYLE_",
                _ => "",
            };
            Assert.StartsWith(expectedPrefix, wire, StringComparison.Ordinal);
        }

        Assert.Equal(ProblemCode.StyleHedonismExtravagance, ProblemCodeMapping.ToRoutingCode(ProblemType.GiftsAndCash, ManagementLevel.City));
        Assert.Equal(ProblemCode.CadreSelection, ProblemCodeMapping.ToRoutingCode(ProblemType.BuyingPosts, ManagementLevel.City));
        Assert.Equal(ProblemCode.OrdinaryCrime, ProblemCodeMapping.ToRoutingCode(ProblemType.OtherCrime, ManagementLevel.None));
    }

    [Theory]
    [InlineData(ManagementLevel.Province, ProblemCode.OrganizedCrimeUmbrella)]
    [InlineData(ManagementLevel.City, ProblemCode.OrganizedCrimeUmbrella)]
    [InlineData(ManagementLevel.County, ProblemCode.OrganizedCrimeUmbrella)]
    [InlineData(ManagementLevel.Unit, ProblemCode.OrganizedCrimeUmbrella)]
    [InlineData(ManagementLevel.None, ProblemCode.OrganizedCrime)]
    public void Organised_crime_is_the_umbrella_for_officials_and_the_crime_itself_for_others(ManagementLevel subject, ProblemCode expected)
    {
        Assert.Equal(expected, ProblemCodeMapping.ToRoutingCode(ProblemType.OrganisedCrime, subject));
    }

    [Fact]
    public void Every_routing_code_is_reached_by_some_domain_problem_type()
    {
        var reached = ProblemTaxonomy.All
            .SelectMany(t => new[] { ProblemCodeMapping.ToRoutingCode(t, ManagementLevel.City), ProblemCodeMapping.ToRoutingCode(t, ManagementLevel.None) })
            .ToHashSet();

        Assert.Equal(Enum.GetValues<ProblemCode>().Order(), reached.Order());
    }
}
