namespace Clues.Seed.Generation;

/// <summary>An inspection group already written and the units it inspects.</summary>
internal sealed record GroupInfo(string Id, int Number, List<int> Units);
