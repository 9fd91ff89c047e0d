using Clues.Core.Access;
using Clues.Core.Graph;

namespace Clues.Core.Tests.Access;

public sealed class GraphRedactionTests
{
    private static NodeRef Node(string id) => new(id, NodeLabel.Person, "name of " + id);

    private static EdgeRef Edge(string id, string start, string end) => new(id, RelType.PartOf, start, end, null, null);

    // c - a (visible), c - h1 (hidden), a - h1, a - h2 (hidden), h1 - h2
    private static Neighborhood Sample() => new(
        "c",
        [
            new NeighborhoodNode(Node("c"), 0, 2, 0),
            new NeighborhoodNode(Node("a"), 1, 3, 1),
            new NeighborhoodNode(Node("h1"), 1, 3, 0),
            new NeighborhoodNode(Node("h2"), 2, 2, 0),
        ],
        [Edge("e1", "c", "a"), Edge("e2", "c", "h1"), Edge("e3", "a", "h1"), Edge("e4", "a", "h2"), Edge("e5", "h1", "h2"), Edge("e6", "h1", "a")],
        TotalReachable: 4,
        OmittedNodes: 1);

    private static bool Visible(NodeRef node) => !node.Id.StartsWith('h');

    [Fact]
    public void Hidden_nodes_and_their_relationships_leave_the_neighbourhood_but_are_counted()
    {
        var redacted = GraphRedaction.Redact(Sample(), Visible);

        Assert.Equal(["c", "a"], redacted.Neighborhood.Nodes.Select(n => n.Node.Id));
        Assert.Equal(["e1"], redacted.Neighborhood.Edges.Select(e => e.Id));
        Assert.Equal(2, redacted.HiddenNodes);
        Assert.Equal(3, redacted.Neighborhood.OmittedNodes);
        Assert.Equal(4, redacted.Neighborhood.TotalReachable);
    }

    [Fact]
    public void Each_visible_node_reports_how_many_distinct_hidden_neighbours_it_has()
    {
        var redacted = GraphRedaction.Redact(Sample(), Visible);

        Assert.Equal(1, redacted.HiddenNeighbors["c"]);
        Assert.Equal(2, redacted.HiddenNeighbors["a"]);
        Assert.Equal(1, redacted.Neighborhood.Nodes.Single(n => n.Node.Id == "c").OmittedNeighbors);
        Assert.Equal(3, redacted.Neighborhood.Nodes.Single(n => n.Node.Id == "a").OmittedNeighbors);
    }

    [Fact]
    public void No_hidden_id_or_name_survives_redaction()
    {
        var redacted = GraphRedaction.Redact(Sample(), Visible);

        Assert.DoesNotContain(redacted.Neighborhood.Nodes, n => n.Node.Id.StartsWith('h'));
        Assert.DoesNotContain(redacted.Neighborhood.Edges, e => e.StartId.StartsWith('h') || e.EndId.StartsWith('h'));
        Assert.DoesNotContain(redacted.HiddenNeighbors.Keys, k => k.StartsWith('h'));
    }

    [Fact]
    public void A_hidden_centre_yields_an_empty_neighbourhood()
    {
        var redacted = GraphRedaction.Redact(Sample(), n => n.Id != "c");

        Assert.Empty(redacted.Neighborhood.Nodes);
        Assert.Empty(redacted.Neighborhood.Edges);
        Assert.Equal(4, redacted.HiddenNodes);
    }

    [Fact]
    public void A_fully_visible_neighbourhood_is_returned_unchanged()
    {
        var sample = Sample();

        var redacted = GraphRedaction.Redact(sample, _ => true);

        Assert.Same(sample, redacted.Neighborhood);
        Assert.Equal(0, redacted.HiddenNodes);
    }

    [Fact]
    public void A_path_keeps_its_shape_with_placeholders_for_hidden_nodes_and_their_edges()
    {
        var path = new GraphPath([Node("a"), Node("h1"), Node("b"), Node("c")], [Edge("e1", "a", "h1"), Edge("e2", "h1", "b"), Edge("e3", "b", "c")]);

        var redacted = GraphRedaction.Redact(path, Visible);

        Assert.Equal(["a", null, "b", "c"], redacted.Nodes.Select(n => n?.Id));
        Assert.Equal([null, null, "e3"], redacted.Edges.Select(e => e?.Id));
        Assert.Equal(1, redacted.HiddenNodes);
    }
}
