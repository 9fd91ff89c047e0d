using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Clues.Core.Export;
using Clues.Core.Graph;

namespace Clues.Core.Tests.Export;

public sealed class SubgraphWriterTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    private static Subgraph Sample() => new(
        [
            new NodeRecord("per-1", NodeLabel.Person, "王伦良", null, new JsonObject { ["name"] = "王伦良", ["gender"] = "M" }),
            new NodeRecord("co-1", NodeLabel.Company, "江临市祥丰市政工程有限公司", null, new JsonObject { ["name"] = "江临市祥丰市政工程有限公司" }),
            new NodeRecord("per-1", NodeLabel.Person, "王伦良", null, new JsonObject()),
        ],
        [
            new RelationshipRecord("r1", RelType.ShareholderOf, "per-1", "co-1", new DateOnly(2019, 3, 1), null, new JsonObject { ["share"] = 0.4 }),
            new RelationshipRecord("r2", RelType.RelativeOf, "per-1", "per-outside", null, null, new JsonObject()),
        ]);

    [Fact]
    public void GraphML_holds_every_node_once_and_only_edges_between_them_with_chinese_names_intact()
    {
        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(SubgraphWriter.ToGraphMl(Sample())));

        var nodes = document.Descendants(GraphMl + "node").ToList();
        var edges = document.Descendants(GraphMl + "edge").ToList();
        Assert.Equal(["per-1", "co-1"], nodes.Select(n => (string)n.Attribute("id")!));
        var edge = Assert.Single(edges);
        Assert.Equal("per-1", (string)edge.Attribute("source")!);
        Assert.Equal("co-1", (string)edge.Attribute("target")!);
        Assert.Equal("2019-03-01", edge.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == "validFrom").Value);
        Assert.Equal("江临市祥丰市政工程有限公司", nodes[1].Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == "name").Value);
        Assert.Contains(document.Descendants(GraphMl + "key"), k => (string)k.Attribute("attr.name")! == "type" && (string)k.Attribute("for")! == "edge");
    }

    [Fact]
    public void JSON_form_round_trips_labels_types_and_properties()
    {
        using var json = JsonDocument.Parse(SubgraphWriter.ToJson(Sample()));

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edge = Assert.Single(json.RootElement.GetProperty("edges").EnumerateArray().ToList());
        Assert.Equal(2, nodes.Count);
        Assert.Equal("Person", nodes[0].GetProperty("label").GetString());
        Assert.Equal("M", nodes[0].GetProperty("properties").GetProperty("gender").GetString());
        Assert.Equal("ShareholderOf", edge.GetProperty("type").GetString());
        Assert.Equal(0.4, edge.GetProperty("properties").GetProperty("share").GetDouble());
        Assert.Equal(JsonValueKind.Null, edge.GetProperty("validTo").ValueKind);
    }

    [Fact]
    public void The_same_subgraph_always_gives_the_same_bytes()
    {
        Assert.Equal(SubgraphWriter.ToGraphMl(Sample()), SubgraphWriter.ToGraphMl(Sample()));
        Assert.Equal(SubgraphWriter.ToJson(Sample()), SubgraphWriter.ToJson(Sample()));
    }
}
