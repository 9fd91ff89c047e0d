namespace Clues.Core.Model.Taxonomy;

/// <summary>Kind of fund (资金类型).</summary>
public enum FundKind
{
    /// <summary>专项资金</summary>
    [Label("专项资金")]
    Special = 1,
    /// <summary>财政资金</summary>
    [Label("财政资金")]
    Fiscal = 2,
    /// <summary>惠民补贴</summary>
    [Label("惠民补贴")]
    Subsidy = 3,
    /// <summary>集体资金</summary>
    [Label("集体资金")]
    Collective = 4,
}
