using System.Globalization;

namespace Clues.Cli.Bench;

/// <summary>
/// What one drawable 2-hop neighbourhood came to, in a form every peer can produce and the agreement
/// check can compare: how many nodes were taken and their ids in order (as a hash, so a thousand
/// answers stay small), how many relationships join two taken nodes, the sums of the taken nodes'
/// degrees and omitted neighbours, and how many nodes lie within two hops (the centre excluded).
/// </summary>
internal sealed record NeighbourhoodDigest(
    int Taken,
    string TakenHash,
    int Edges,
    long DegreeSum,
    long OmittedSum,
    int TotalReachable)
{
    /// <summary>Summarises a neighbourhood from its taken ids (centre first, in the order taken) and its totals.</summary>
    public static NeighbourhoodDigest Of(IReadOnlyList<string> takenIds, int edges, long degreeSum, long omittedSum, int totalReachable)
    {
        ArgumentNullException.ThrowIfNull(takenIds);
        return new NeighbourhoodDigest(takenIds.Count, HashIds(takenIds), edges, degreeSum, omittedSum, totalReachable);
    }

    /// <summary>
    /// FNV-1a (64-bit) over each id's length and then its UTF-16 code units, in order, as 16 hex digits.
    /// The length goes in first so that ["ab", "c"] and ["a", "bc"] hash differently.
    /// </summary>
    public static string HashIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var id in ids)
        {
            hash = (hash ^ (uint)id.Length) * prime;
            foreach (var c in id)
            {
                hash = (hash ^ c) * prime;
            }
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
