namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// A set of node slots cleared in O(1): a slot is in the set when its stamp equals the current
/// generation. Traversals use it instead of a HashSet so the hot path neither hashes nor allocates.
/// </summary>
internal sealed class StampSet
{
    private int[] _stamps = [];
    private int _generation;

    public void EnsureCapacity(int capacity)
    {
        if (_stamps.Length < capacity)
        {
            // New slots start at 0, which no live generation uses.
            Array.Resize(ref _stamps, Math.Max(capacity, _stamps.Length + (_stamps.Length >> 1)));
        }
    }

    /// <summary>Empties the set.</summary>
    public void Reset()
    {
        if (_generation == int.MaxValue)
        {
            // Wrapping would make stale stamps look current, so pay for one real clear.
            Array.Clear(_stamps);
            _generation = 0;
        }

        _generation++;
    }

    public bool Contains(int slot) => _stamps[slot] == _generation;

    public void Add(int slot) => _stamps[slot] = _generation;

    /// <summary>Takes the slot out again (0 is never a live generation).</summary>
    public void Remove(int slot) => _stamps[slot] = 0;

    /// <summary>Adds the slot and returns true when it was not yet in the set.</summary>
    public bool TryAdd(int slot)
    {
        ref int stamp = ref _stamps[slot];
        if (stamp == _generation)
        {
            return false;
        }

        stamp = _generation;
        return true;
    }
}
