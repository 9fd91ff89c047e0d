namespace Clues.Seed.Text;

/// <summary>A public institution (事业单位) under a department (<see cref="ParentKey"/>), with its head's title and what its staff are called.</summary>
internal sealed record InstitutionTemplate(string Name, string HeadTitle, string ParentKey, string StaffTitle);
