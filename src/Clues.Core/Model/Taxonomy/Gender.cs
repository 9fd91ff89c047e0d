namespace Clues.Core.Model.Taxonomy;

/// <summary>Gender as recorded on the ID card (性别).</summary>
public enum Gender
{
    /// <summary>男</summary>
    [Label("男")]
    Male = 1,
    /// <summary>女</summary>
    [Label("女")]
    Female = 2,
}
