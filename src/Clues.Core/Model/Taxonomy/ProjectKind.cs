namespace Clues.Core.Model.Taxonomy;

/// <summary>Kind of project (项目类型).</summary>
public enum ProjectKind
{
    /// <summary>工程建设</summary>
    [Label("工程建设")]
    Construction = 1,
    /// <summary>大宗采购</summary>
    [Label("大宗采购")]
    Procurement = 2,
    /// <summary>服务外包</summary>
    [Label("服务外包")]
    Service = 3,
}
