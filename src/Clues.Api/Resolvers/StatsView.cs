using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>The GraphQL <c>Stats</c> type: store counts as 32-bit GraphQL <c>Int</c>s, labels and types in enum order.</summary>
internal sealed record StatsView(int Nodes, int Relationships, IReadOnlyList<LabelCount> ByLabel, IReadOnlyList<RelationshipTypeCount> ByType)
{
    public static StatsView From(GraphStats stats) => new(
        checked((int)stats.Nodes),
        checked((int)stats.Relationships),
        stats.ByLabel.OrderBy(p => p.Key).Select(p => new LabelCount(p.Key, checked((int)p.Value))).ToList(),
        stats.ByType.OrderBy(p => p.Key).Select(p => new RelationshipTypeCount(p.Key, checked((int)p.Value))).ToList());
}
