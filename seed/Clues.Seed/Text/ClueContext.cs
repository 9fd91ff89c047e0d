namespace Clues.Seed.Text;

/// <summary>What a clue summary may mention: the subject, their unit and post, a company, a project, an amount in 万元 and a year.</summary>
internal readonly record struct ClueContext(string SubjectName, string UnitName, string Title, string CompanyName, string ProjectName, int AmountWan, int Year);
