using System.Collections.Frozen;
using Clues.Core.Identifiers;

namespace Clues.Core.Access;

/// <summary>
/// The PartOf hierarchy of jurisdictions by division code. Visibility consults it besides the division-code prefix
/// rules because some county-level units (development zones, districts created later) carry codes outside their
/// city's prefix; the graph's PartOf links are the authority for those.
/// </summary>
public sealed class JurisdictionTree
{
    // A real hierarchy has at most five levels; the bound stops a malformed (cyclic) link set from looping.
    private const int MaxDepth = 16;

    private readonly FrozenDictionary<string, string> _parents;

    private JurisdictionTree(FrozenDictionary<string, string> parents) => _parents = parents;

    /// <summary>A tree with no links: only the prefix rules apply.</summary>
    public static JurisdictionTree Empty { get; } = new(FrozenDictionary<string, string>.Empty);

    /// <summary>Builds the tree from PartOf links (child, parent), e.g. read from the graph's Jurisdiction nodes.</summary>
    /// <param name="links">Each jurisdiction with its parent; a child listed twice keeps its last parent.</param>
    /// <returns>The tree.</returns>
    public static JurisdictionTree FromLinks(IEnumerable<(DivisionCode Child, DivisionCode Parent)> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (child, parent) in links)
        {
            parents[child.Value] = parent.Value;
        }

        return new JurisdictionTree(parents.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="code"/> is <paramref name="ancestor"/> or lies below it by PartOf links.</summary>
    /// <param name="code">The jurisdiction tested.</param>
    /// <param name="ancestor">The candidate ancestor.</param>
    /// <returns>True when within.</returns>
    public bool IsWithin(DivisionCode code, DivisionCode ancestor)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(ancestor);
        var current = code.Value;
        for (var step = 0; step <= MaxDepth; step++)
        {
            if (string.Equals(current, ancestor.Value, StringComparison.Ordinal))
            {
                return true;
            }

            if (!_parents.TryGetValue(current, out var parent))
            {
                return false;
            }

            current = parent;
        }

        return false;
    }
}
