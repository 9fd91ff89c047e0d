using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// The in-memory traversal index. A node's slot is its SQLite <c>nid</c> minus one and an edge's
/// slot its <c>rid</c> minus one, so memory and disk name things the same way without a map.
/// Edges live as parallel arrays (no object per edge) and each node's adjacency is one int array of
/// (edge slot, packed other end) pairs, which keeps a 10M-edge graph to a few hundred megabytes.
/// The packed other end (node slot and which end we stand at) lets a traversal step without touching
/// the edge arrays, whose random access would otherwise cost a cache miss per array per edge.
/// Properties stay in SQLite.
/// </summary>
/// <remarks>
/// Not thread-safe by itself: the store mutates it only under its write lock and the writer is the
/// only mutator, so readers hold the read lock while they look.
/// </remarks>
internal sealed class GraphIndex
{
    private readonly Dictionary<string, int> _nodeSlots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _edgeSlots = new(StringComparer.Ordinal);

    // NodeRef and EdgeRef are immutable, so each slot's is made once on first use and handed to every
    // caller: a neighbourhood of a few hundred nodes draws thousands of edges, and allocating them anew
    // on every call cost more than the whole traversal. Readers may fill a slot concurrently under the
    // read lock (they write equal objects; reference writes are atomic); writers clear a slot whenever
    // what its ref shows changes.

    public string?[] NodeIds { get; private set; } = [];

    /// <summary>Label byte per node slot; 0 marks a free slot.</summary>
    public byte[] NodeLabels { get; private set; } = [];

    public string?[] NodeNames { get; private set; } = [];

    /// <summary>Bit set in a packed entry when the node is the edge's start.</summary>
    public const int StartBit = 1;

    /// <summary>Bit set in a packed entry when the node is the edge's end (both bits: a self-loop).</summary>
    public const int EndBit = 2;

    /// <summary>Per node: pairs [edge slot, (other node slot &lt;&lt; 2) | StartBit | EndBit].</summary>
    public int[]?[] Adjacency { get; private set; } = [];

    /// <summary>Per node: how many pairs of <see cref="Adjacency"/> are in use (the node's degree).</summary>
    public int[] AdjacencyCount { get; private set; } = [];

    /// <summary>The other end of a packed adjacency entry.</summary>
    public static int OtherOf(int packed) => packed >> 2;

    /// <summary>One past the highest node slot ever used; the next new node takes this slot.</summary>
    public int NodeSlotCount { get; private set; }

    public string?[] EdgeIds { get; private set; } = [];

    public int[] EdgeStart { get; private set; } = [];

    public int[] EdgeEnd { get; private set; } = [];

    public int[] EdgeFrom { get; private set; } = [];

    public int[] EdgeTo { get; private set; } = [];

    /// <summary>Type byte per edge slot; 0 is the deleted flag (a free slot).</summary>
    public byte[] EdgeType { get; private set; } = [];

    public int EdgeSlotCount { get; private set; }

    public int NodeCount => _nodeSlots.Count;

    public int EdgeCount => _edgeSlots.Count;

    public long[] NodesByLabel { get; } = new long[256];

    public long[] EdgesByType { get; } = new long[256];

    public NameIndex Names { get; } = new();

    /// <summary>
    /// How many node ids hold a UTF-16 surrogate. While none does, SQLite's UTF-8 byte order of ids
    /// equals ordinal order, so scans may page through SQLite's id index.
    /// </summary>
    public int IdsWithSurrogates { get; private set; }

    public static bool HasSurrogate(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    // Built per answer, not kept: answers are small and die young, while keeping one per node and edge ever read
    // would grow the heap for as long as analysts reach new parts of the graph (up to ~64 bytes for each of a
    // million edges) and promote all of it to gen 2.
    public NodeRef NodeRefOf(int slot) =>
        new(NodeIds[slot]!, (NodeLabel)NodeLabels[slot], NodeNames[slot]);

    public EdgeRef EdgeRefOf(int edge) =>
        new(
            EdgeIds[edge]!,
            (RelType)EdgeType[edge],
            NodeIds[EdgeStart[edge]]!,
            NodeIds[EdgeEnd[edge]]!,
            DayBounds.ToDate(EdgeFrom[edge]),
            DayBounds.ToDate(EdgeTo[edge]));

    public bool TryGetNode(string id, out int slot) => _nodeSlots.TryGetValue(id, out slot);

    public bool TryGetEdge(string id, out int slot) => _edgeSlots.TryGetValue(id, out slot);

    /// <summary>Sizes the arrays once before a bulk load so the rebuild does not copy them repeatedly.</summary>
    public void Reserve(int nodeSlots, int edgeSlots)
    {
        EnsureNodeCapacity(nodeSlots);
        EnsureEdgeCapacity(edgeSlots);
        _nodeSlots.EnsureCapacity(nodeSlots);
        _edgeSlots.EnsureCapacity(edgeSlots);
    }

    public void AddNode(int slot, string id, byte label, string? name)
    {
        EnsureNodeCapacity(slot + 1);
        NodeIds[slot] = id;
        NodeLabels[slot] = label;
        NodeNames[slot] = name;
        AdjacencyCount[slot] = 0;
        Adjacency[slot] = null;
        _nodeSlots.Add(id, slot);
        IdsWithSurrogates += HasSurrogate(id) ? 1 : 0;
        NodesByLabel[label]++;
        NodeSlotCount = Math.Max(NodeSlotCount, slot + 1);
        Names.Add(slot, name);
    }

    public void RenameNode(int slot, string? name)
    {
        if (string.Equals(NodeNames[slot], name, StringComparison.Ordinal))
        {
            return;
        }

        Names.Remove(slot);
        NodeNames[slot] = name;
        Names.Add(slot, name);
    }

    /// <summary>Frees a node slot; the caller removes its edges first.</summary>
    public void RemoveNode(int slot)
    {
        _nodeSlots.Remove(NodeIds[slot]!);
        IdsWithSurrogates -= HasSurrogate(NodeIds[slot]!) ? 1 : 0;
        NodesByLabel[NodeLabels[slot]]--;
        Names.Remove(slot);
        NodeIds[slot] = null;
        NodeNames[slot] = null;
        NodeLabels[slot] = 0;
        Adjacency[slot] = null;
        AdjacencyCount[slot] = 0;
    }

    /// <summary>Adds an edge; with <paramref name="linkNow"/> false the adjacency is built later by <see cref="BuildAdjacency"/>.</summary>
    public void AddEdge(int slot, string id, byte type, int start, int end, int validFrom, int validTo, bool linkNow = true)
    {
        EnsureEdgeCapacity(slot + 1);
        EdgeIds[slot] = id;
        EdgeType[slot] = type;
        EdgeStart[slot] = start;
        EdgeEnd[slot] = end;
        EdgeFrom[slot] = validFrom;
        EdgeTo[slot] = validTo;
        _edgeSlots.Add(id, slot);
        EdgesByType[type]++;
        EdgeSlotCount = Math.Max(EdgeSlotCount, slot + 1);
        if (linkNow)
        {
            Link(slot);
        }
    }

    public void UpdateEdge(int slot, byte type, int start, int end, int validFrom, int validTo)
    {
        if (EdgeStart[slot] != start || EdgeEnd[slot] != end)
        {
            Unlink(slot);
            EdgeStart[slot] = start;
            EdgeEnd[slot] = end;
            Link(slot);
        }

        EdgesByType[EdgeType[slot]]--;
        EdgesByType[type]++;
        EdgeType[slot] = type;
        EdgeFrom[slot] = validFrom;
        EdgeTo[slot] = validTo;
    }

    public void RemoveEdge(int slot)
    {
        Unlink(slot);
        _edgeSlots.Remove(EdgeIds[slot]!);
        EdgesByType[EdgeType[slot]]--;
        EdgeIds[slot] = null;
        EdgeType[slot] = 0;
    }

    /// <summary>
    /// Builds every adjacency array at its exact size in two passes (count, then fill) after a bulk
    /// load: cheaper in time and memory than growing a million arrays edge by edge.
    /// </summary>
    public void BuildAdjacency()
    {
        int[] counts = AdjacencyCount;
        Array.Clear(counts);
        for (int e = 0; e < EdgeSlotCount; e++)
        {
            if (EdgeType[e] == 0)
            {
                continue;
            }

            counts[EdgeStart[e]]++;
            if (EdgeEnd[e] != EdgeStart[e])
            {
                counts[EdgeEnd[e]]++;
            }
        }

        for (int n = 0; n < NodeSlotCount; n++)
        {
            Adjacency[n] = counts[n] == 0 ? null : new int[counts[n] * 2];
            counts[n] = 0;
        }

        for (int e = 0; e < EdgeSlotCount; e++)
        {
            if (EdgeType[e] != 0)
            {
                Link(e);
            }
        }
    }

    private void Link(int edge)
    {
        int start = EdgeStart[edge];
        int end = EdgeEnd[edge];

        // A self-loop is listed once, with both bits: it is one relationship of the node.
        if (end == start)
        {
            Append(start, edge, (start << 2) | StartBit | EndBit);
            return;
        }

        Append(start, edge, (end << 2) | StartBit);
        Append(end, edge, (start << 2) | EndBit);
    }

    private void Unlink(int edge)
    {
        int start = EdgeStart[edge];
        int end = EdgeEnd[edge];
        Detach(start, edge);
        if (end != start)
        {
            Detach(end, edge);
        }
    }

    // Adjacency lists are kept in ascending edge-slot order: the order a rebuild from disk produces
    // (row-id order). Keeping it on every write means a traversal lists the same things in the same
    // order before and after a reopen, without sorting its output.
    private void Append(int node, int edge, int packed)
    {
        int[]? list = Adjacency[node];
        int count = AdjacencyCount[node];
        if (list is null)
        {
            list = new int[8];
            Adjacency[node] = list;
        }
        else if (count * 2 == list.Length)
        {
            Array.Resize(ref list, list.Length * 2);
            Adjacency[node] = list;
        }

        // New slots are above every live one, so this is an append except when an updated edge
        // moves to new ends: then shift the tail up by one pair.
        int at = count;
        while (at > 0 && list[2 * (at - 1)] > edge)
        {
            at--;
        }

        if (at < count)
        {
            Array.Copy(list, 2 * at, list, 2 * (at + 1), 2 * (count - at));
        }

        list[2 * at] = edge;
        list[(2 * at) + 1] = packed;
        AdjacencyCount[node] = count + 1;
    }

    private void Detach(int node, int edge)
    {
        int[]? list = Adjacency[node];
        int count = AdjacencyCount[node];
        if (list is null)
        {
            return;
        }

        for (int at = 0; at < count; at++)
        {
            if (list[2 * at] == edge)
            {
                // Shift rather than swap-remove, to keep the list in slot order.
                Array.Copy(list, 2 * (at + 1), list, 2 * at, 2 * (count - at - 1));
                AdjacencyCount[node] = count - 1;
                return;
            }
        }
    }

    private void EnsureNodeCapacity(int needed)
    {
        if (NodeIds.Length >= needed)
        {
            return;
        }

        int size = Math.Max(needed, Math.Max(64, NodeIds.Length + (NodeIds.Length >> 1)));
        NodeIds = Resized(NodeIds, size);
        NodeLabels = Resized(NodeLabels, size);
        NodeNames = Resized(NodeNames, size);
        Adjacency = Resized(Adjacency, size);
        AdjacencyCount = Resized(AdjacencyCount, size);
    }

    private void EnsureEdgeCapacity(int needed)
    {
        if (EdgeIds.Length >= needed)
        {
            return;
        }

        int size = Math.Max(needed, Math.Max(64, EdgeIds.Length + (EdgeIds.Length >> 1)));
        EdgeIds = Resized(EdgeIds, size);
        EdgeType = Resized(EdgeType, size);
        EdgeStart = Resized(EdgeStart, size);
        EdgeEnd = Resized(EdgeEnd, size);
        EdgeFrom = Resized(EdgeFrom, size);
        EdgeTo = Resized(EdgeTo, size);
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
