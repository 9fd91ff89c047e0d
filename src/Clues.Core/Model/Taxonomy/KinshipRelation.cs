namespace Clues.Core.Model.Taxonomy;

/// <summary>Who the end person of a kinship is to the start person (亲属关系).</summary>
public enum KinshipRelation
{
    /// <summary>配偶</summary>
    [Label("配偶")]
    Spouse = 1,
    /// <summary>子女</summary>
    [Label("子女")]
    Child = 2,
    /// <summary>父母</summary>
    [Label("父母")]
    Parent = 3,
    /// <summary>兄弟姐妹</summary>
    [Label("兄弟姐妹")]
    Sibling = 4,
    /// <summary>姻亲</summary>
    [Label("姻亲")]
    InLaw = 5,
}
