using Clues.Handover.Routing;

namespace Clues.Handover.Packaging;

/// <summary>How a recipient is addressed in Chinese documents: the body for the route, in the named jurisdiction.</summary>
internal static class RecipientNames
{
    public static string Of(Recipient recipient, string jurisdictionName) => recipient.Route switch
    {
        HandoverRoute.DisciplineCommission => $"{jurisdictionName}纪委监委",
        HandoverRoute.OrganizationDepartment => $"{Committee(jurisdictionName)}组织部",
        HandoverRoute.PoliticalLegal => $"{jurisdictionName}公安机关、检察机关（政法机关）",
        HandoverRoute.OtherRelevantUnit => $"{Committee(jurisdictionName)}宣传部、依法治理办公室等有关单位",
        HandoverRoute.HigherInspectionOffice => recipient.Level == Core.Model.Taxonomy.JurisdictionLevel.Province
            ? $"{Committee(jurisdictionName)}巡视工作领导小组办公室"
            : $"{Committee(jurisdictionName)}巡察工作领导小组办公室",
        HandoverRoute.InspectedUnitProposal => "被巡察党组织",
        HandoverRoute.FileForRecord => "被巡察党组织（说明情况，存档备查）",
        HandoverRoute.ForwardByLocality => $"{jurisdictionName}有关责任部门",
        _ => $"{jurisdictionName}有关单位",
    };

    // 江临市 → 中共江临市委; 青山县 → 中共青山县委; a province 湖南省 → 中共湖南省委.
    private static string Committee(string jurisdictionName) => $"中共{jurisdictionName}委";
}
