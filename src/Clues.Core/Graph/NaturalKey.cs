namespace Clues.Core.Graph;

/// <summary>The kinds of natural key a node may carry.</summary>
public enum NaturalKeyKind : byte
{
    /// <summary>Resident ID number (居民身份证号码, GB 11643).</summary>
    NationalId = 1,
    /// <summary>Unified social credit code (统一社会信用代码, GB 32100).</summary>
    CreditCode = 2,
    /// <summary>Administrative division code (行政区划代码, GB/T 2260).</summary>
    DivisionCode = 3,
}

/// <summary>A natural key: how the same person or company is recognised across deployments.</summary>
public readonly record struct NaturalKey(NaturalKeyKind Kind, string Value)
{
    /// <summary>The key as one string, e.g. <c>NationalId:11010519491231002X</c>.</summary>
    public override string ToString() => $"{Kind}:{Value}";
}
