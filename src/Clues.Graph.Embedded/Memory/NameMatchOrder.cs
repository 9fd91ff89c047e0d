namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// Search order: exact names, then names starting with the text, then the rest; shorter names first; then node id, so
/// equal requests give equal answers. <see cref="Worst"/> is the reverse, for a heap that keeps the best few.
/// </summary>
internal sealed class NameMatchOrder : IComparer<NameMatch>
{
    private readonly string?[] _ids;

    public NameMatchOrder(string?[] ids)
    {
        _ids = ids;
        Worst = Comparer<NameMatch>.Create((x, y) => Compare(y, x));
    }

    /// <summary>The reverse order: the worst match first.</summary>
    public IComparer<NameMatch> Worst { get; }

    public int Compare(NameMatch x, NameMatch y) =>
        x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank)
        : x.Length != y.Length ? x.Length.CompareTo(y.Length)
        : string.CompareOrdinal(_ids[x.Slot], _ids[y.Slot]);
}
