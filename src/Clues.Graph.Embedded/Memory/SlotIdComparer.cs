namespace Clues.Graph.Embedded.Memory;

/// <summary>Orders node or edge slots by their ids, ordinally, so equal requests give equal answers.</summary>
internal sealed class SlotIdComparer : IComparer<int>
{
    private readonly string?[] _ids;

    public SlotIdComparer(string?[] ids) => _ids = ids;

    public int Compare(int x, int y) => string.CompareOrdinal(_ids[x], _ids[y]);
}
