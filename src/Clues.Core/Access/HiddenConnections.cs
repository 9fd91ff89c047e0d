using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>
/// Discovery without disclosure (可知其有，不知其详): groups the nodes an answer had to hide by the office that owns
/// them, so the caller learns that a connection exists and whom to ask, but no id, name or label.
/// </summary>
public static class HiddenConnections
{
    /// <summary>
    /// The office that owns a node with these jurisdictions: the highest level first (province, then city, then
    /// county), then the lowest code. A person with posts in a county and in the city is the city's to share, because
    /// the city office oversees the county's; a node with no jurisdiction has no owner (null).
    /// </summary>
    /// <param name="jurisdictions">The node's jurisdictions.</param>
    /// <returns>The owning jurisdiction, or null.</returns>
    public static DivisionCode? OwnerOf(IEnumerable<DivisionCode> jurisdictions)
    {
        ArgumentNullException.ThrowIfNull(jurisdictions);
        return jurisdictions
            .OrderBy(c => c.IsProvince ? 0 : c.IsCity ? 1 : 2)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Groups hidden nodes by owner and counts, per group, the relationships that touch them.</summary>
    /// <param name="hiddenIds">The nodes hidden from the caller.</param>
    /// <param name="ownerOf">Each hidden node's owner (see <see cref="OwnerOf"/>); null for none.</param>
    /// <param name="edges">The relationships of the full answer (start and end ids); each one touching a hidden node is
    /// counted once, under its start's group when the start is hidden, else its end's.</param>
    /// <returns>One group per owner, ordered by owner code (the ownerless group last).</returns>
    public static IReadOnlyList<HiddenGroup> Group(
        IEnumerable<string> hiddenIds, Func<string, DivisionCode?> ownerOf, IEnumerable<(string StartId, string EndId)> edges)
    {
        ArgumentNullException.ThrowIfNull(hiddenIds);
        ArgumentNullException.ThrowIfNull(ownerOf);
        ArgumentNullException.ThrowIfNull(edges);

        var ownerKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, DivisionCode?>(StringComparer.Ordinal);
        var members = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var id in hiddenIds)
        {
            if (ownerKey.ContainsKey(id))
            {
                continue;
            }

            var owner = ownerOf(id);
            // "~" sorts after every digit, so the ownerless group comes last.
            var key = owner?.Value ?? "~";
            ownerKey[id] = key;
            owners[key] = owner;
            if (!members.TryGetValue(key, out var set))
            {
                members[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }

        var edgeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, end) in edges)
        {
            if (ownerKey.TryGetValue(start, out var key) || ownerKey.TryGetValue(end, out key))
            {
                edgeCounts[key] = edgeCounts.GetValueOrDefault(key) + 1;
            }
        }

        return members.Keys
            .Order(StringComparer.Ordinal)
            .Select(key => new HiddenGroup(owners[key], members[key].ToList(), edgeCounts.GetValueOrDefault(key)))
            .ToList();
    }
}
