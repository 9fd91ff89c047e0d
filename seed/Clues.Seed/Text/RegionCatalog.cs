namespace Clues.Seed.Text;

/// <summary>
/// The seeded geography: one fictional city, 江临市 (431400), under 湖南省 (430000). Its code follows
/// GB/T 2260 (districts 02-19, counties 21-80, county-level cities 81-99) but no real city uses it, so
/// seeded data cannot be mistaken for a real place. Presets take the first N counties.
/// </summary>
internal static class RegionCatalog
{
    public const string ProvinceCode = "430000";
    public const string ProvinceName = "湖南省";
    public const string CityCode = "431400";
    public const string CityName = "江临市";
    public const string CityShortName = "江临";

    public static readonly CountyTemplate[] Counties =
    [
        new("431402", "江北区", true),
        new("431403", "城南区", true),
        new("431421", "青山县", false),
        new("431422", "永和县", false),
        new("431423", "石溪县", false),
        new("431481", "丰源市", false),
        new("431424", "云台县", false),
        new("431425", "清平县", false),
        new("431426", "梅岭县", false),
        new("431427", "金沙县", false),
        new("431404", "白沙区", true),
        new("431482", "东岭市", false),
    ];

    /// <summary>"江北区" → "江北": the short form used inside township and company names.</summary>
    public static string ShortName(string name) => name.Length > 2 ? name[..^1] : name;
}
