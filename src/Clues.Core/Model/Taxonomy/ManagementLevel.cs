namespace Clues.Core.Model.Taxonomy;

/// <summary>Which level manages a cadre (干部管理权限); decides where a clue about them goes.</summary>
public enum ManagementLevel
{
    /// <summary>省管干部</summary>
    [Label("省管干部")]
    Province = 1,
    /// <summary>市管干部</summary>
    [Label("市管干部")]
    City = 2,
    /// <summary>县管干部</summary>
    [Label("县管干部")]
    County = 3,
    /// <summary>单位管理的一般干部</summary>
    [Label("单位管理的一般干部")]
    Unit = 4,
    /// <summary>非干部</summary>
    [Label("非干部")]
    None = 5,
}
