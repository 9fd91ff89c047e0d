namespace Clues.Core.Model.Taxonomy;

/// <summary>Kind of inspection round (巡察类型).</summary>
public enum RoundKind
{
    /// <summary>常规巡察</summary>
    [Label("常规巡察")]
    Regular = 1,
    /// <summary>专项巡察</summary>
    [Label("专项巡察")]
    Special = 2,
    /// <summary>机动巡察</summary>
    [Label("机动巡察")]
    Mobile = 3,
    /// <summary>巡察“回头看”</summary>
    [Label("巡察“回头看”")]
    FollowUp = 4,
    /// <summary>提级巡察</summary>
    [Label("提级巡察")]
    Elevated = 5,
    /// <summary>交叉巡察</summary>
    [Label("交叉巡察")]
    Cross = 6,
}
