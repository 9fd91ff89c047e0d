namespace Clues.Core.Model.Taxonomy;

/// <summary>Role of a subject in a clue (反映对象角色).</summary>
public enum SubjectRole
{
    /// <summary>主要反映对象</summary>
    [Label("主要反映对象")]
    Primary = 1,
    /// <summary>涉及人员（单位）</summary>
    [Label("涉及人员（单位）")]
    Related = 2,
}
