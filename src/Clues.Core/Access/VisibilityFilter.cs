using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>
/// Need to know: decides whether a node, by its jurisdiction, is visible to a principal. A county office sees its
/// county's subtree; a city office sees the city and its counties; a province office its whole province. Nodes
/// without a jurisdiction are hidden (deny by default) unless explicitly shared.
/// </summary>
public sealed class VisibilityFilter
{
    private readonly Principal _principal;
    private readonly JurisdictionTree _tree;
    private readonly Func<string, bool>? _isShared;

    /// <summary>Creates the filter for one principal.</summary>
    /// <param name="principal">Whose view is computed.</param>
    /// <param name="tree">PartOf links; null applies the division-code prefix rules only.</param>
    /// <param name="isShared">
    /// Hook for what another office explicitly shared with the principal's office (by node id); null for none yet.
    /// </param>
    public VisibilityFilter(Principal principal, JurisdictionTree? tree = null, Func<string, bool>? isShared = null)
    {
        ArgumentNullException.ThrowIfNull(principal);
        _principal = principal;
        _tree = tree ?? JurisdictionTree.Empty;
        _isShared = isShared;
    }

    /// <summary>Whether data of <paramref name="jurisdiction"/> is within the principal's view.</summary>
    /// <param name="jurisdiction">The data's jurisdiction; null (unknown) is hidden.</param>
    /// <returns>True when visible.</returns>
    public bool IsVisible(DivisionCode? jurisdiction)
    {
        if (jurisdiction is null)
        {
            return false;
        }

        var own = _principal.Jurisdiction;
        var prefixLength = own.IsProvince ? 2 : own.IsCity ? 4 : 6;
        return string.CompareOrdinal(jurisdiction.Value, 0, own.Value, 0, prefixLength) == 0
            || _tree.IsWithin(jurisdiction, own);
    }

    /// <summary>Whether a node is visible: by its jurisdiction, or because it was shared with the principal's office.</summary>
    /// <param name="nodeId">The node's id, for the sharing hook.</param>
    /// <param name="jurisdiction">The node's jurisdiction, or null when it has none.</param>
    /// <returns>True when visible.</returns>
    public bool IsVisible(string nodeId, DivisionCode? jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        return IsVisible(jurisdiction) || (_isShared?.Invoke(nodeId) ?? false);
    }

    /// <summary>
    /// Whether a node with several jurisdictions (a person with posts in two counties) is visible: when any of them
    /// is, or when it was shared with the principal's office.
    /// </summary>
    /// <param name="nodeId">The node's id, for the sharing hook.</param>
    /// <param name="jurisdictions">The node's jurisdictions; none means hidden unless shared.</param>
    /// <returns>True when visible.</returns>
    public bool IsNodeVisible(string nodeId, IEnumerable<DivisionCode> jurisdictions)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        return jurisdictions.Any(IsVisible) || (_isShared?.Invoke(nodeId) ?? false);
    }
}
