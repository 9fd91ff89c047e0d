namespace Clues.Seed.Text;

/// <summary>
/// A government department as it appears at city and at county level (names and head titles differ:
/// a city 发展和改革委员会 has a 主任, a county 发展和改革局 a 局长). <see cref="Key"/> ties projects,
/// funds and institutions to the right department.
/// </summary>
internal sealed record DepartmentTemplate(string Key, string CityName, string CityHead, string CountyName, string CountyHead);
