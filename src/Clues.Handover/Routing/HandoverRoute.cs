using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>The kind of body a problem is handed to; on the wire in SCREAMING_SNAKE_CASE.</summary>
public enum HandoverRoute
{
    /// <summary>按属地转交责任部门（个人诉求、涉法涉诉）.</summary>
    [Label("按属地转交责任部门")]
    ForwardByLocality = 1,
    /// <summary>上级巡察（巡视）机构.</summary>
    [Label("上级巡视巡察机构")]
    HigherInspectionOffice,
    /// <summary>向被巡察党组织提出处理建议（立行立改）.</summary>
    [Label("被巡察党组织（处理建议）")]
    InspectedUnitProposal,
    /// <summary>说明情况，存档备查.</summary>
    [Label("存档备查")]
    FileForRecord,
    /// <summary>纪委监委.</summary>
    [Label("纪委监委")]
    DisciplineCommission,
    /// <summary>党委组织部门.</summary>
    [Label("组织部门")]
    OrganizationDepartment,
    /// <summary>政法机关（公安、检察）.</summary>
    [Label("政法机关")]
    PoliticalLegal,
    /// <summary>宣传部门、依法治市（县）办等其他有关单位.</summary>
    [Label("其他有关单位")]
    OtherRelevantUnit,
}
