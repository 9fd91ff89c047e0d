namespace Clues.Core.Model.Taxonomy;

/// <summary>Kind of receiving authority (受理机关类型).</summary>
public enum BodyKind
{
    /// <summary>纪委监委</summary>
    [Label("纪委监委")]
    DisciplineCommission = 1,
    /// <summary>派驻纪检监察组</summary>
    [Label("派驻纪检监察组")]
    ResidentTeam = 2,
    /// <summary>组织部门</summary>
    [Label("组织部门")]
    OrganisationDepartment = 3,
    /// <summary>政法机关（公安、检察）</summary>
    [Label("政法机关（公安、检察）")]
    PoliticalLegal = 4,
    /// <summary>宣传部门</summary>
    [Label("宣传部门")]
    Propaganda = 5,
    /// <summary>依法治市（县）办</summary>
    [Label("依法治市（县）办")]
    RuleOfLawOffice = 6,
    /// <summary>巡察办</summary>
    [Label("巡察办")]
    InspectionOffice = 7,
    /// <summary>省委巡视办</summary>
    [Label("省委巡视办")]
    ProvincialInspectionOffice = 8,
    /// <summary>被巡察党组织</summary>
    [Label("被巡察党组织")]
    InspectedOrganisation = 9,
    /// <summary>属地责任部门</summary>
    [Label("属地责任部门")]
    ResponsibleDepartment = 10,
}
