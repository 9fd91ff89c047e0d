using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;

namespace Clues.Sharing.Exchange.Selection;

/// <summary>Finds offices' jurisdictions in the local graph and which way an exchange between them goes.</summary>
internal static class GeographyReader
{
    public static async Task<OfficeJurisdiction> FindAsync(IGraphStore store, string code, string option, CancellationToken cancellationToken)
    {
        if (!DivisionCode.TryParse(code, out var division, out var error))
        {
            throw new ExchangeException($"{option}: {error}");
        }

        var node = await store.FindByKeyAsync(new NaturalKey(NaturalKeyKind.DivisionCode, division.Value), cancellationToken)
            ?? throw new ExchangeException($"{option}: division {division.Value} is not in this deployment's geography (no Jurisdiction node with that code). Use the code of a city or county the data knows, e.g. 431400 or 431421.");
        var jurisdiction = NodeMapper.FromRecord<Jurisdiction>(node);
        return new OfficeJurisdiction(node.Id, division, jurisdiction.Name);
    }

    public static async Task<ExchangeDirection> DirectionAsync(IGraphStore store, OfficeJurisdiction from, OfficeJurisdiction to, CancellationToken cancellationToken)
    {
        // Provinces run tours (巡视) and take reports through the handover route, not exchange packages.
        if (IsCounty(from) && to.Code.IsCity && await IsPartOfAsync(store, from, to, cancellationToken))
        {
            return ExchangeDirection.CountyToCity;
        }

        if (from.Code.IsCity && IsCounty(to) && await IsPartOfAsync(store, to, from, cancellationToken))
        {
            return ExchangeDirection.CityToCounty;
        }

        throw new ExchangeException($"--to: {to.Name} ({to.Code.Value}) is neither the city above {from.Name} ({from.Code.Value}) nor one of its counties; exchange packages go between a city and its own counties.");
    }

    public static async Task<string?> DivisionOfAsync(IGraphStore store, string nodeId, CancellationToken cancellationToken)
    {
        var filter = new TraversalFilter(new HashSet<RelType> { RelType.InJurisdiction }, new HashSet<NodeLabel> { NodeLabel.Jurisdiction }, Direction.Outgoing);
        foreach (var link in await store.GetRelationshipsAsync(nodeId, filter, cancellationToken))
        {
            if (await store.GetNodeAsync(link.EndId, cancellationToken) is { Key: { Kind: NaturalKeyKind.DivisionCode } key })
            {
                return key.Value;
            }
        }

        return null;
    }

    private static bool IsCounty(OfficeJurisdiction office) => !office.Code.IsCity && !office.Code.IsProvince;

    private static async Task<bool> IsPartOfAsync(IGraphStore store, OfficeJurisdiction child, OfficeJurisdiction parent, CancellationToken cancellationToken)
    {
        var filter = new TraversalFilter(new HashSet<RelType> { RelType.PartOf }, Direction: Direction.Outgoing);
        var links = await store.GetRelationshipsAsync(child.NodeId, filter, cancellationToken);
        return links.Any(l => l.EndId == parent.NodeId);
    }
}
