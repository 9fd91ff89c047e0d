namespace Clues.Core.Analysis;

/// <summary>How money of a cadre's unit reached a relative's company.</summary>
public enum ConflictKind
{
    /// <summary>The company holds a contract for a project the cadre's unit owns (承揽本单位项目).</summary>
    Contract = 1,
    /// <summary>The cadre's unit, or a fund it manages, paid the company (本单位或所管资金付款).</summary>
    Payment = 2,
}
