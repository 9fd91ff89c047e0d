namespace Clues.Core.Model.Taxonomy;

/// <summary>Kind of social tie (社会关系).</summary>
public enum AssociateKind
{
    /// <summary>同学</summary>
    [Label("同学")]
    Classmate = 1,
    /// <summary>原同事</summary>
    [Label("原同事")]
    FormerColleague = 2,
    /// <summary>同乡</summary>
    [Label("同乡")]
    FellowTownsman = 3,
    /// <summary>业务往来</summary>
    [Label("业务往来")]
    BusinessContact = 4,
    /// <summary>通讯频繁</summary>
    [Label("通讯频繁")]
    FrequentContact = 5,
}
