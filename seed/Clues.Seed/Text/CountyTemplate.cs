namespace Clues.Seed.Text;

/// <summary>A county-level division of the seeded city: its GB/T 2260 code, name and whether it is an urban district (区).</summary>
internal sealed record CountyTemplate(string Code, string Name, bool IsDistrict);
