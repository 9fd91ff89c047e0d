namespace Clues.Graph.Embedded.Memory;

/// <summary>A reusable growable int list; scratch buffers are kept between calls so traversals do not allocate.</summary>
internal sealed class IntBuffer
{
    private int[] _items;

    public IntBuffer(int capacity = 64) => _items = new int[Math.Max(4, capacity)];

    public int Count { get; private set; }

    /// <summary>The backing array; valid up to <see cref="Count"/>, and replaced when the buffer grows.</summary>
    public int[] Items => _items;

    public int this[int index] => _items[index];

    public void Clear() => Count = 0;

    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    public void RemoveLast() => Count--;
}
