using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Graph.Embedded.Memory;

namespace Clues.Graph.Embedded.Tests.Memory;

public sealed class GraphIndexTests
{
    [Fact]
    public void Derived_ids_are_not_kept_and_an_edge_moved_off_its_ends_keeps_its_id_until_it_moves_back()
    {
        var index = new GraphIndex();
        string[] nodes = ["p1", "p2", "p>3"];
        for (int slot = 0; slot < nodes.Length; slot++)
        {
            index.AddNode(slot, nodes[slot], (byte)NodeLabel.Person, null);
        }

        string derived = GraphBatchBuilder.IdOf(RelType.AssociateOf, "p1", "p>3");
        index.AddEdge(0, derived, (byte)RelType.AssociateOf, 0, 2, int.MinValue, int.MaxValue);
        index.AddEdge(1, GraphBatchBuilder.IdOf(RelType.RelativeOf, "p2", "p2"), (byte)RelType.RelativeOf, 1, 1, int.MinValue, int.MaxValue);
        index.AddEdge(2, "made-up", (byte)RelType.AssociateOf, 0, 1, int.MinValue, int.MaxValue);
        Assert.Equal(1, index.OwnIdCount);
        Assert.Equal(3, index.EdgeCount);
        Assert.Equal(derived, index.EdgeIdOf(0));
        Assert.Equal("RelativeOf:p2>p2", index.EdgeIdOf(1));
        Assert.Equal("made-up", index.EdgeIdOf(2));
        Assert.True(index.TryGetEdge(derived, out int found) && found == 0);
        Assert.True(index.TryGetEdge("RelativeOf:p2>p2", out found) && found == 1);
        Assert.True(index.TryGetEdge("made-up", out found) && found == 2);
        Assert.False(index.TryGetEdge("AssociateOf:p1>p2", out _));
        Assert.False(index.TryGetEdge("NoSuchType:p1>p2", out _));
        Assert.False(index.TryGetEdge("AssociateOf:p1", out _));

        // Moved to other ends, and retyped: the id stays and is now the edge's own.
        index.UpdateEdge(0, (byte)RelType.AssociateOf, 1, 2, int.MinValue, int.MaxValue);
        index.UpdateEdge(1, (byte)RelType.AssociateOf, 1, 1, int.MinValue, int.MaxValue);
        Assert.Equal(3, index.OwnIdCount);
        Assert.Equal(derived, index.EdgeIdOf(0));
        Assert.True(index.TryGetEdge(derived, out found) && found == 0);
        Assert.True(index.TryGetEdge("RelativeOf:p2>p2", out found) && found == 1);

        // Back where its id says: nothing kept again; removing forgets the made-up id.
        index.UpdateEdge(0, (byte)RelType.AssociateOf, 0, 2, int.MinValue, int.MaxValue);
        index.RemoveEdge(2);
        Assert.Equal(1, index.OwnIdCount);
        Assert.False(index.TryGetEdge("made-up", out _));
        Assert.Equal(2, index.EdgeCount);
        Assert.True(index.CompareEdgeIds(0, 1) < 0);
        Assert.Equal(Math.Sign(string.CompareOrdinal(index.EdgeIdOf(1), index.EdgeIdOf(0))), Math.Sign(index.CompareEdgeIds(1, 0)));
    }

    [Fact]
    public void Ids_longer_than_the_comparison_buffer_compare_as_strings_do()
    {
        var index = new GraphIndex();
        string longA = new('a', 200);
        string longB = new string('a', 199) + "b";
        index.AddNode(0, longA, (byte)NodeLabel.Person, null);
        index.AddNode(1, longB, (byte)NodeLabel.Person, null);
        index.AddEdge(0, GraphBatchBuilder.IdOf(RelType.AssociateOf, longA, longB), (byte)RelType.AssociateOf, 0, 1, int.MinValue, int.MaxValue);
        index.AddEdge(1, GraphBatchBuilder.IdOf(RelType.AssociateOf, longB, longA), (byte)RelType.AssociateOf, 1, 0, int.MinValue, int.MaxValue);
        Assert.Equal(0, index.OwnIdCount);
        Assert.True(index.CompareEdgeIds(0, 1) < 0);
        Assert.True(index.CompareEdgeIds(1, 0) > 0);
        Assert.Equal(0, index.CompareEdgeIds(1, 1));
    }
}
