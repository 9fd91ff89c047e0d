namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// Working memory for one traversal at a time. Instances are pooled by the store and handed to one
/// call at a time, so concurrent reads never share visited marks or queues.
/// </summary>
internal sealed class TraversalScratch
{
    private int[] _distanceA = [];
    private int[] _distanceB = [];
    private int[] _parentA = [];
    private int[] _parentB = [];

    public StampSet MarkA { get; } = new();

    public StampSet MarkB { get; } = new();

    public StampSet MarkC { get; } = new();

    public IntBuffer Queue1 { get; } = new(256);

    public IntBuffer Queue2 { get; } = new(256);

    public IntBuffer Queue3 { get; } = new(256);

    public IntBuffer Queue4 { get; } = new(256);

    public int Capacity { get; private set; }

    /// <summary>Makes the per-slot arrays at least as long as the node slot space.</summary>
    public void EnsureCapacity(int nodeSlots)
    {
        if (nodeSlots <= Capacity)
        {
            return;
        }

        Capacity = Math.Max(nodeSlots, Capacity + (Capacity >> 1));
        MarkA.EnsureCapacity(Capacity);
        MarkB.EnsureCapacity(Capacity);
        MarkC.EnsureCapacity(Capacity);
        Grow(ref _distanceA);
        Grow(ref _distanceB);
        Grow(ref _parentA);
        Grow(ref _parentB);
    }

    /// <summary>Distances and parents are allocated on first use: neighbourhood queries need only one of each.</summary>
    public int[] DistanceA => Ready(ref _distanceA);

    public int[] DistanceB => Ready(ref _distanceB);

    public int[] ParentA => Ready(ref _parentA);

    public int[] ParentB => Ready(ref _parentB);

    private int[] Ready(ref int[] array)
    {
        if (array.Length < Capacity)
        {
            array = new int[Capacity];
        }

        return array;
    }

    private void Grow(ref int[] array)
    {
        if (array.Length != 0 && array.Length < Capacity)
        {
            Array.Resize(ref array, Capacity);
        }
    }
}
