namespace Clues.Core.Model.Taxonomy;

/// <summary>Kind of unit (单位类型).</summary>
public enum UnitKind
{
    /// <summary>党组织</summary>
    [Label("党组织")]
    PartyOrganisation = 1,
    /// <summary>党政部门</summary>
    [Label("党政部门")]
    Department = 2,
    /// <summary>乡镇（街道）</summary>
    [Label("乡镇（街道）")]
    Township = 3,
    /// <summary>村（社区）</summary>
    [Label("村（社区）")]
    Village = 4,
    /// <summary>国有企业</summary>
    [Label("国有企业")]
    StateFirm = 5,
    /// <summary>事业单位</summary>
    [Label("事业单位")]
    PublicInstitution = 6,
}
