using System.Security.Cryptography;
using System.Text;
using Clues.Core.Graph;
using Clues.Seed;

namespace Clues.Seed.Tests;

/// <summary>A preset generated in memory: every node and relationship, and the scenario ids.</summary>
public sealed class GeneratedGraph
{
    private GeneratedGraph(List<NodeRecord> nodes, List<RelationshipRecord> relationships, int batches, SeedScenarios scenarios)
    {
        Nodes = nodes;
        Relationships = relationships;
        Batches = batches;
        Scenarios = scenarios;
        NodesById = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            NodesById.TryAdd(node.Id, node);
        }
    }

    public List<NodeRecord> Nodes { get; }
    public List<RelationshipRecord> Relationships { get; }
    public Dictionary<string, NodeRecord> NodesById { get; }
    public int Batches { get; }
    public SeedScenarios Scenarios { get; }

    private static readonly Lazy<GeneratedGraph> DemoGraph = new(() => Build(new SeedOptions(SeedPreset.Demo)));

    /// <summary>The demo preset at the default seed, generated once for all tests.</summary>
    public static GeneratedGraph Demo => DemoGraph.Value;

    public static GeneratedGraph Build(SeedOptions options)
    {
        var nodes = new List<NodeRecord>();
        var relationships = new List<RelationshipRecord>();
        var batches = 0;
        SeedScenarios? scenarios = null;
        foreach (var batch in SeedGenerator.Generate(options, s => scenarios = s))
        {
            batches++;
            nodes.AddRange(batch.Nodes);
            relationships.AddRange(batch.Relationships);
        }

        return new GeneratedGraph(nodes, relationships, batches, scenarios!);
    }

    /// <summary>A SHA-256 over every record in order (ids, labels, names, keys, validity, properties).</summary>
    public string Hash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        foreach (var node in Nodes)
        {
            text.Clear().Append(node.Id).Append('|').Append(node.Label).Append('|').Append(node.Name).Append('|')
                .Append(node.Key?.ToString()).Append('|').Append(node.Properties.ToJsonString()).Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        }

        foreach (var rel in Relationships)
        {
            text.Clear().Append(rel.Id).Append('|').Append(rel.Type).Append('|').Append(rel.StartId).Append('|').Append(rel.EndId).Append('|')
                .Append(rel.ValidFrom?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(rel.ValidTo?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(rel.Properties.ToJsonString()).Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
