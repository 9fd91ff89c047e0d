using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>
/// An inspection round already written, with its groups. <paramref name="TargetRegion"/> is the region
/// whose units it inspects: its own, or another one for elevated and cross rounds.
/// </summary>
internal sealed record RoundInfo(string Id, string Name, int Region, int TargetRegion, RoundKind Kind, int Committee, int Number, DateOnly Start, DateOnly End, List<GroupInfo> Groups);
