using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// The in-memory traversal index. A node's slot is its SQLite <c>nid</c> minus one and an edge's
/// slot its <c>rid</c> minus one, so memory and disk name things the same way without a map.
/// Edges live as parallel arrays (no object per edge) and each node's adjacency is one int array of
/// (edge slot, packed other end) pairs, which keeps a 10M-edge graph to a few hundred megabytes.
/// The packed other end (node slot and which end we stand at) lets a traversal step without touching
/// the edge arrays, whose random access would otherwise cost a cache miss per array per edge.
/// Properties stay in SQLite. An edge keeps its id only when the id is not the one derived from its type and ends
/// (<see cref="GraphBatchBuilder.IdOf"/> without a discriminator), and nearly all are derived: keeping each as a
/// string with a dictionary entry took ~130 bytes per edge, half of the index for a city.
/// </summary>
/// <remarks>
/// Not thread-safe by itself: the store mutates it only under its write lock and the writer is the
/// only mutator, so readers hold the read lock while they look.
/// </remarks>
internal sealed class GraphIndex
{
    // Relationship type names as they appear in derived ids, by type byte; null where no type has the byte.
    private static readonly string?[] TypeNames = BuildTypeNames();

    private static readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> TypesByName =
        TypeNames.Select((name, type) => (name, type)).Where(t => t.name is not null)
            .ToDictionary(t => t.name!, t => (byte)t.type, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, int> _nodeSlots = new(StringComparer.Ordinal);

    // The same dictionary, asked with a part of a relationship id without cutting it out as a string.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nodesById;

    // Edges whose id is not the derived one, by id; every other edge is found from the nodes its id names.
    private readonly Dictionary<string, int> _edgeSlotsByOwnId = new(StringComparer.Ordinal);

    // The same edges' ids by slot (a map, not an array per slot, since a city has few or none of them).
    private readonly Dictionary<int, string> _ownEdgeIds = [];

    private int _edgeCount;

    public GraphIndex() => _nodesById = _nodeSlots.GetAlternateLookup<ReadOnlySpan<char>>();

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

    public int[] EdgeStart { get; private set; } = [];

    public int[] EdgeEnd { get; private set; } = [];

    public int[] EdgeFrom { get; private set; } = [];

    public int[] EdgeTo { get; private set; } = [];

    /// <summary>Type byte per edge slot; 0 is the deleted flag (a free slot).</summary>
    public byte[] EdgeType { get; private set; } = [];

    public int EdgeSlotCount { get; private set; }

    public int NodeCount => _nodeSlots.Count;

    public int EdgeCount => _edgeCount;

    /// <summary>How many edges keep an id of their own (not derived from type and ends).</summary>
    public int OwnIdCount => _ownEdgeIds.Count;

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
            EdgeIdOf(edge),
            (RelType)EdgeType[edge],
            NodeIds[EdgeStart[edge]]!,
            NodeIds[EdgeEnd[edge]]!,
            DayBounds.ToDate(EdgeFrom[edge]),
            DayBounds.ToDate(EdgeTo[edge]));

    public bool TryGetNode(string id, out int slot) => _nodeSlots.TryGetValue(id, out slot);

    /// <summary>The id of a live edge: its own when it has one, else derived from its type and ends.</summary>
    public string EdgeIdOf(int edge) =>
        OwnIdOf(edge) ?? string.Create(DerivedIdLength(edge), (Index: this, Edge: edge), static (chars, at) => at.Index.WriteDerivedId(at.Edge, chars));

    /// <summary>Orders two live edges by id (ordinal), without building the ids as strings when they are short.</summary>
    public int CompareEdgeIds(int x, int y)
    {
        Span<char> first = stackalloc char[128];
        Span<char> second = stackalloc char[128];
        return EdgeIdChars(x, first).SequenceCompareTo(EdgeIdChars(y, second));
    }

    public bool TryGetEdge(string id, out int slot)
    {
        if (_edgeSlotsByOwnId.TryGetValue(id, out slot))
        {
            return true;
        }

        slot = -1;
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !TypesByName.TryGetValue(id.AsSpan(0, colon), out byte type))
        {
            return false;
        }

        // Node ids may themselves hold '>', so try every split; ids are unique, so at most one edge matches.
        for (int arrow = id.IndexOf('>', colon + 1); arrow >= 0; arrow = id.IndexOf('>', arrow + 1))
        {
            if (_nodesById.TryGetValue(id.AsSpan(colon + 1, arrow - colon - 1), out int start)
                && _nodesById.TryGetValue(id.AsSpan(arrow + 1), out int end)
                && TryFindDerived(type, start, end, out slot))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sizes the arrays once before a bulk load so the rebuild does not copy them repeatedly.</summary>
    public void Reserve(int nodeSlots, int edgeSlots)
    {
        EnsureNodeCapacity(nodeSlots);
        EnsureEdgeCapacity(edgeSlots);
        _nodeSlots.EnsureCapacity(nodeSlots);
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
        EdgeType[slot] = type;
        EdgeStart[slot] = start;
        EdgeEnd[slot] = end;
        EdgeFrom[slot] = validFrom;
        EdgeTo[slot] = validTo;
        KeepOwnIdIfNeeded(slot, id);
        _edgeCount++;
        EdgesByType[type]++;
        EdgeSlotCount = Math.Max(EdgeSlotCount, slot + 1);
        if (linkNow)
        {
            Link(slot);
        }
    }

    public void UpdateEdge(int slot, byte type, int start, int end, int validFrom, int validTo)
    {
        // The id stays while what it was derived from may change: keep it as the edge's own id if so.
        string? id = EdgeType[slot] != type || EdgeStart[slot] != start || EdgeEnd[slot] != end ? EdgeIdOf(slot) : null;
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
        if (id is not null)
        {
            ForgetOwnId(slot);
            KeepOwnIdIfNeeded(slot, id);
        }
    }

    public void RemoveEdge(int slot)
    {
        Unlink(slot);
        ForgetOwnId(slot);
        _edgeCount--;
        EdgesByType[EdgeType[slot]]--;
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

    private static string?[] BuildTypeNames()
    {
        var names = new string?[256];
        foreach (RelType type in Enum.GetValues<RelType>())
        {
            names[(byte)type] = GraphBatchBuilder.IdOf(type, string.Empty, string.Empty)[..^2];
        }

        return names;
    }

    private bool IsDerived(string id, byte type, int start, int end)
    {
        if (TypeNames[type] is not { } name)
        {
            return false;
        }

        string from = NodeIds[start]!;
        string to = NodeIds[end]!;
        ReadOnlySpan<char> rest = id;
        return id.Length == name.Length + from.Length + to.Length + 2
            && rest.StartsWith(name, StringComparison.Ordinal)
            && rest[name.Length] == ':'
            && rest.Slice(name.Length + 1, from.Length).SequenceEqual(from)
            && rest[name.Length + 1 + from.Length] == '>'
            && rest[^to.Length..].SequenceEqual(to);
    }

    private string? OwnIdOf(int edge) => _ownEdgeIds.Count == 0 ? null : _ownEdgeIds.GetValueOrDefault(edge);

    private void KeepOwnIdIfNeeded(int slot, string id)
    {
        if (!IsDerived(id, EdgeType[slot], EdgeStart[slot], EdgeEnd[slot]))
        {
            _edgeSlotsByOwnId.Add(id, slot);
            _ownEdgeIds.Add(slot, id);
        }
    }

    private void ForgetOwnId(int slot)
    {
        if (_ownEdgeIds.Remove(slot, out string? own))
        {
            _edgeSlotsByOwnId.Remove(own);
        }
    }

    // The derived edge of this type from start to end, searched from whichever end has fewer edges.
    private bool TryFindDerived(byte type, int start, int end, out int slot)
    {
        bool fromStart = AdjacencyCount[start] <= AdjacencyCount[end];
        int node = fromStart ? start : end;
        int other = fromStart ? end : start;
        int bit = fromStart ? StartBit : EndBit;
        int[]? list = Adjacency[node];
        int count = AdjacencyCount[node];
        for (int i = 0; i < count; i++)
        {
            int edge = list![2 * i];
            int packed = list[(2 * i) + 1];
            if ((packed & bit) != 0 && OtherOf(packed) == other && EdgeType[edge] == type && OwnIdOf(edge) is null)
            {
                slot = edge;
                return true;
            }
        }

        slot = -1;
        return false;
    }

    // The id's characters: the edge's own id, or the derived one written into buffer (a string when it does not fit).
    private ReadOnlySpan<char> EdgeIdChars(int edge, Span<char> buffer)
    {
        if (OwnIdOf(edge) is { } own)
        {
            return own;
        }

        int length = DerivedIdLength(edge);
        if (length > buffer.Length)
        {
            return EdgeIdOf(edge);
        }

        WriteDerivedId(edge, buffer[..length]);
        return buffer[..length];
    }

    private int DerivedIdLength(int edge) =>
        TypeNames[EdgeType[edge]]!.Length + NodeIds[EdgeStart[edge]]!.Length + NodeIds[EdgeEnd[edge]]!.Length + 2;

    // Writes Type:startId>endId into chars, which is exactly DerivedIdLength(edge) long.
    private void WriteDerivedId(int edge, Span<char> chars)
    {
        string name = TypeNames[EdgeType[edge]]!;
        string from = NodeIds[EdgeStart[edge]]!;
        string to = NodeIds[EdgeEnd[edge]]!;
        name.CopyTo(chars);
        chars[name.Length] = ':';
        from.CopyTo(chars[(name.Length + 1)..]);
        chars[name.Length + 1 + from.Length] = '>';
        to.CopyTo(chars[^to.Length..]);
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
        if (EdgeType.Length >= needed)
        {
            return;
        }

        int size = Math.Max(needed, Math.Max(64, EdgeType.Length + (EdgeType.Length >> 1)));
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
