using System.Collections.Frozen;
using Clues.Core.Access;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;

namespace Clues.Api.Authorization;

/// <summary>
/// The configured jurisdictions: the graph's Jurisdiction nodes (division code and name) and their PartOf links.
/// Visibility uses the tree for units coded outside their parent's prefix; hidden connections use the names to say
/// whom to ask.
/// </summary>
internal sealed class JurisdictionDirectory
{
    private readonly FrozenDictionary<string, string> _names;

    private JurisdictionDirectory(FrozenDictionary<string, string> names, JurisdictionTree tree)
    {
        _names = names;
        Tree = tree;
    }

    /// <summary>The PartOf hierarchy.</summary>
    public JurisdictionTree Tree { get; }

    /// <summary>The name of a configured jurisdiction (青山县), or null when the graph has none with this code.</summary>
    public string? NameOf(DivisionCode code) => _names.GetValueOrDefault(code.Value);

    /// <summary>Reads every Jurisdiction node and its PartOf links (a handful of nodes, read once per graph version).</summary>
    public static async Task<JurisdictionDirectory> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var node in store.ScanNodesAsync(NodeLabel.Jurisdiction, cancellationToken: cancellationToken))
        {
            ids.Add(node.Id);
        }

        var codes = new Dictionary<string, DivisionCode>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in await store.GetNodesAsync(ids, cancellationToken))
        {
            if (NodeMapper.FromRecord(record) is Jurisdiction jurisdiction)
            {
                codes[record.Id] = jurisdiction.Code;
                names[jurisdiction.Code.Value] = jurisdiction.Name;
            }
        }

        var links = new List<(DivisionCode, DivisionCode)>();
        var partOf = new TraversalFilter(RelTypes: new HashSet<RelType> { RelType.PartOf });
        foreach (var (id, code) in codes)
        {
            foreach (var link in await store.GetRelationshipsAsync(id, partOf, cancellationToken))
            {
                if (link.StartId == id && codes.TryGetValue(link.EndId, out var parent))
                {
                    links.Add((code, parent));
                }
            }
        }

        return new JurisdictionDirectory(names.ToFrozenDictionary(StringComparer.Ordinal), JurisdictionTree.FromLinks(links));
    }
}
