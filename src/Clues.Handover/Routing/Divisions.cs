using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>Level and ancestors of a division code by the GB/T 2260 prefix rules.</summary>
internal static class Divisions
{
    public static JurisdictionLevel LevelOf(DivisionCode code) =>
        code.IsProvince ? JurisdictionLevel.Province : code.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;

    public static DivisionCode ProvinceOf(DivisionCode code) => DivisionCode.Parse(code.Value[..2] + "0000");

    /// <summary>The city a city or county code lies in; null for a province code, which has none.</summary>
    public static DivisionCode? CityOf(DivisionCode code) => code.IsProvince ? null : DivisionCode.Parse(code.Value[..4] + "00");

    /// <summary>Whether <paramref name="code"/> is <paramref name="area"/> or lies inside it.</summary>
    public static bool IsWithin(DivisionCode code, DivisionCode area) =>
        area.IsProvince ? code.Value[..2] == area.Value[..2]
        : area.IsCity ? code.Value[..4] == area.Value[..4]
        : code.Value == area.Value;
}
