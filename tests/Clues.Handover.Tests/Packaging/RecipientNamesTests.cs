using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Packaging;
using Clues.Handover.Routing;

namespace Clues.Handover.Tests.Packaging;

public sealed class RecipientNamesTests
{
    [Theory]
    [InlineData(HandoverRoute.DisciplineCommission, JurisdictionLevel.City, "431400", "江临市", "江临市纪委监委")]
    [InlineData(HandoverRoute.OrganizationDepartment, JurisdictionLevel.County, "431421", "青山县", "中共青山县委组织部")]
    [InlineData(HandoverRoute.HigherInspectionOffice, JurisdictionLevel.Province, "430000", "湖南省", "中共湖南省委巡视工作领导小组办公室")]
    [InlineData(HandoverRoute.HigherInspectionOffice, JurisdictionLevel.City, "431400", "江临市", "中共江临市委巡察工作领导小组办公室")]
    public void Recipients_are_addressed_as_Chinese_letters_name_them(HandoverRoute route, JurisdictionLevel level, string code, string place, string expected)
    {
        Assert.Equal(expected, RecipientNames.Of(new Recipient(route, level, DivisionCode.Parse(code)), place));
    }
}
