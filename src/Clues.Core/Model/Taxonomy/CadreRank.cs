namespace Clues.Core.Model.Taxonomy;

/// <summary>Rank of a post (职级).</summary>
public enum CadreRank
{
    /// <summary>正厅级</summary>
    [Label("正厅级")]
    DepartmentChief = 1,
    /// <summary>副厅级</summary>
    [Label("副厅级")]
    DepartmentDeputy = 2,
    /// <summary>正处级</summary>
    [Label("正处级")]
    DivisionChief = 3,
    /// <summary>副处级</summary>
    [Label("副处级")]
    DivisionDeputy = 4,
    /// <summary>正科级</summary>
    [Label("正科级")]
    SectionChief = 5,
    /// <summary>副科级</summary>
    [Label("副科级")]
    SectionDeputy = 6,
    /// <summary>科员及以下</summary>
    [Label("科员及以下")]
    Staff = 7,
}
