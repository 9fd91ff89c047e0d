namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// Node slots, ascending, that contain one character or bigram. New nodes get the highest slot so
/// the usual write is an append; renames and deletes pay a shift.
/// </summary>
internal sealed class PostingList
{
    private int[] _slots = new int[2];

    public int Count { get; private set; }

    public int[] Slots => _slots;

    public void Add(int slot)
    {
        if (Count == 0 || _slots[Count - 1] < slot)
        {
            Append(slot);
            return;
        }

        int at = Array.BinarySearch(_slots, 0, Count, slot);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        Append(0);
        Array.Copy(_slots, at, _slots, at + 1, Count - 1 - at);
        _slots[at] = slot;
    }

    public void Remove(int slot)
    {
        int at = Array.BinarySearch(_slots, 0, Count, slot);
        if (at < 0)
        {
            return;
        }

        Array.Copy(_slots, at + 1, _slots, at, Count - at - 1);
        Count--;
    }

    /// <summary>
    /// Moves <paramref name="cursor"/> forward to the first position holding a value ≥ <paramref name="slot"/>
    /// and says whether that value is the slot. Intersections walk candidates in ascending order, so
    /// cursors only move forward and each list is passed over at most once (galloping keeps jumps cheap).
    /// </summary>
    public bool SeekContains(ref int cursor, int slot)
    {
        int low = cursor;
        if (low >= Count)
        {
            return false;
        }

        int step = 1;
        int high = low;
        while (high < Count && _slots[high] < slot)
        {
            low = high + 1;
            high += step;
            step <<= 1;
        }

        int found = Array.BinarySearch(_slots, low, Math.Min(high + 1, Count) - low, slot);
        cursor = found >= 0 ? found : ~found;
        return found >= 0;
    }

    private void Append(int slot)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        _slots[Count++] = slot;
    }
}
