using System.Collections.Frozen;
using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>
/// What offices have shared with other offices (共享), by node id: an immutable snapshot, so a reader never sees a
/// half-applied grant. A grant is to an office (a jurisdiction), not to one user: every user of the receiving office
/// sees the node, exactly as they see their own office's data. Feed <see cref="IsShared"/> to
/// <see cref="VisibilityFilter"/>'s sharing hook.
/// </summary>
public sealed class SharedNodes
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _byOffice;

    private SharedNodes(FrozenDictionary<string, FrozenSet<string>> byOffice) => _byOffice = byOffice;

    /// <summary>Nothing shared.</summary>
    public static SharedNodes None { get; } = new(FrozenDictionary<string, FrozenSet<string>>.Empty);

    /// <summary>Builds the snapshot from grants (office, node id).</summary>
    /// <param name="grants">Each node shared with each office; duplicates are harmless.</param>
    /// <returns>The snapshot.</returns>
    public static SharedNodes From(IEnumerable<(DivisionCode Office, string NodeId)> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var byOffice = grants
            .GroupBy(g => g.Office.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.NodeId).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return new SharedNodes(byOffice);
    }

    /// <summary>How many (office, node) grants the snapshot holds.</summary>
    public int Count => _byOffice.Values.Sum(s => s.Count);

    /// <summary>A snapshot with more grants added.</summary>
    /// <param name="office">The receiving office.</param>
    /// <param name="nodeIds">The nodes shared with it.</param>
    /// <returns>The new snapshot; this one is unchanged.</returns>
    public SharedNodes With(DivisionCode office, IEnumerable<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(nodeIds);
        var all = _byOffice.SelectMany(p => p.Value.Select(id => (DivisionCode.Parse(p.Key), id)))
            .Concat(nodeIds.Select(id => (office, id)));
        return From(all);
    }

    /// <summary>Whether <paramref name="nodeId"/> was shared with <paramref name="office"/>.</summary>
    /// <param name="office">The office asking.</param>
    /// <param name="nodeId">The node.</param>
    /// <returns>True when shared.</returns>
    public bool IsShared(DivisionCode office, string nodeId)
    {
        ArgumentNullException.ThrowIfNull(office);
        return _byOffice.TryGetValue(office.Value, out var ids) && ids.Contains(nodeId);
    }
}
