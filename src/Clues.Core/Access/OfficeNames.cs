using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>The Chinese name of the inspection office of a jurisdiction, as users address it.</summary>
public static class OfficeNames
{
    /// <summary>
    /// 青山县 → 青山县委巡察办, 江临市 → 江临市委巡察办; a province runs inspection tours (巡视), so 湖南省 → 湖南省委巡视办. A
    /// jurisdiction not configured in the graph (no name known) is named by its code.
    /// </summary>
    /// <param name="code">The jurisdiction's division code.</param>
    /// <param name="jurisdictionName">Its name, or null when unknown.</param>
    /// <returns>The office's name.</returns>
    public static string Of(DivisionCode code, string? jurisdictionName)
    {
        ArgumentNullException.ThrowIfNull(code);
        var office = code.IsProvince ? "委巡视办" : "委巡察办";
        return string.IsNullOrWhiteSpace(jurisdictionName)
            ? $"行政区划 {code.Value} 的党委巡察机构"
            : jurisdictionName.Trim() + office;
    }
}
