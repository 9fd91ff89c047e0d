using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>An inspection round already written, with its groups.</summary>
internal sealed record RoundInfo(string Id, string Name, int Region, RoundKind Kind, int Committee, int Number, DateOnly Start, DateOnly End, List<GroupInfo> Groups);
