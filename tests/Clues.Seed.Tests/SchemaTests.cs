using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Seed.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Every_relationship_joins_existing_nodes_with_labels_the_schema_allows()
    {
        var graph = GeneratedGraph.Demo;
        foreach (var rel in graph.Relationships)
        {
            Assert.True(graph.NodesById.TryGetValue(rel.StartId, out var start), $"{rel.Id} starts at missing node {rel.StartId}.");
            Assert.True(graph.NodesById.TryGetValue(rel.EndId, out var end), $"{rel.Id} ends at missing node {rel.EndId}.");
            Assert.True(RelationshipSchema.Allows(rel.Type, start!.Label, end!.Label), $"{rel.Id}: {start.Label} → {end.Label} breaks '{RelationshipSchema.Describe(rel.Type)}'.");
            if (rel.ValidFrom is { } from && rel.ValidTo is { } to)
            {
                Assert.True(from <= to, $"{rel.Id} ends before it starts.");
            }
        }
    }

    [Fact]
    public void Every_relationship_type_occurs()
    {
        var types = GeneratedGraph.Demo.Relationships.Select(r => r.Type).ToHashSet();

        Assert.All(Enum.GetValues<RelType>(), t => Assert.Contains(t, types));
    }

    [Fact]
    public void Holds_and_position_in_span_exactly_the_post_interval()
    {
        var graph = GeneratedGraph.Demo;
        var positions = graph.Nodes.Where(n => n.Label == NodeLabel.Position).ToDictionary(n => n.Id, NodeMapper.FromRecord<Position>, StringComparer.Ordinal);
        var holds = graph.Relationships.Where(r => r.Type == RelType.Holds).ToList();
        var within = graph.Relationships.Where(r => r.Type == RelType.PositionIn).ToList();

        Assert.Equal(positions.Count, holds.Count);
        Assert.Equal(positions.Count, within.Count);
        foreach (var rel in holds.Select(r => (Post: positions[r.EndId], r.ValidFrom, r.ValidTo)).Concat(within.Select(r => (Post: positions[r.StartId], r.ValidFrom, r.ValidTo))))
        {
            Assert.Equal(rel.Post.Start, rel.ValidFrom);
            Assert.Equal(rel.Post.End, rel.ValidTo);
        }
    }

    [Fact]
    public void Every_node_reads_back_as_its_domain_type()
    {
        foreach (var node in GeneratedGraph.Demo.Nodes)
        {
            var typed = NodeMapper.FromRecord(node);
            Assert.Equal(node.Id, typed.Id);
            Assert.Equal(node.Name, typed.DisplayName);
        }
    }

    [Fact]
    public void Relationship_properties_carry_the_documented_fields()
    {
        foreach (var rel in GeneratedGraph.Demo.Relationships)
        {
            switch (rel.Type)
            {
                case RelType.RelativeOf:
                    Assert.True(Enum.TryParse<Core.Model.Taxonomy.KinshipRelation>((string?)rel.Properties["relation"], out _), rel.Id);
                    break;
                case RelType.AssociateOf:
                    Assert.True(Enum.TryParse<Core.Model.Taxonomy.AssociateKind>((string?)rel.Properties["kind"], out _), rel.Id);
                    break;
                case RelType.Concerns:
                    Assert.True(Enum.TryParse<Core.Model.Taxonomy.SubjectRole>((string?)rel.Properties["role"], out _), rel.Id);
                    break;
                case RelType.Contracted:
                    Assert.True((decimal?)rel.Properties["amount"] > 0, rel.Id);
                    Assert.False(string.IsNullOrEmpty((string?)rel.Properties["contractNo"]), rel.Id);
                    break;
                case RelType.ShareholderOf:
                    Assert.InRange((decimal)rel.Properties["share"]!, 1m, 100m);
                    break;
            }
        }
    }
}
