namespace Clues.Core.Model.Taxonomy;

/// <summary>Level of an administrative division (行政区划级别).</summary>
public enum JurisdictionLevel
{
    /// <summary>省</summary>
    [Label("省")]
    Province = 1,
    /// <summary>市</summary>
    [Label("市")]
    City = 2,
    /// <summary>县（市、区）</summary>
    [Label("县（市、区）")]
    County = 3,
    /// <summary>乡镇（街道）</summary>
    [Label("乡镇（街道）")]
    Township = 4,
}
