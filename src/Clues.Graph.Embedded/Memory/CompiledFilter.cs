using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Memory;

/// <summary>
/// A <see cref="TraversalFilter"/> turned into bit masks and day numbers so that checking an edge
/// costs a few integer operations instead of set lookups and nullable date comparisons.
/// </summary>
internal readonly struct CompiledFilter
{
    // Bit 0 is never set: type 0 marks a free edge slot and label 0 a free node slot.
    private const ulong EveryValue = ~1UL;

    private CompiledFilter(ulong typeMask, ulong labelMask, Direction direction, int windowFrom, int windowTo)
    {
        TypeMask = typeMask;
        LabelMask = labelMask;
        Direction = direction;
        WindowFrom = windowFrom;
        WindowTo = windowTo;
    }

    public ulong TypeMask { get; }

    public ulong LabelMask { get; }

    public Direction Direction { get; }

    public int WindowFrom { get; }

    public int WindowTo { get; }

    /// <summary>False when every type passes, so the type byte need not be read at all.</summary>
    public bool ChecksType => TypeMask != EveryValue;

    /// <summary>False when the window is unbounded, so the validity arrays need not be read at all.</summary>
    public bool ChecksWindow => WindowFrom != int.MinValue || WindowTo != int.MaxValue;

    public bool ChecksLabel => LabelMask != EveryValue;

    public static CompiledFilter Compile(TraversalFilter? filter, string argumentName)
    {
        filter ??= TraversalFilter.All;
        if (!Enum.IsDefined(filter.Direction))
        {
            throw new ArgumentOutOfRangeException(argumentName, filter.Direction, "Direction must be Both, Outgoing or Incoming.");
        }

        ulong types = EveryValue;
        if (filter.RelTypes is { } relTypes)
        {
            types = 0;
            foreach (RelType type in relTypes)
            {
                if ((byte)type is > 0 and < 64)
                {
                    types |= 1UL << (byte)type;
                }
            }
        }

        ulong labels = EveryValue;
        if (filter.NodeLabels is { } nodeLabels)
        {
            labels = 0;
            foreach (NodeLabel label in nodeLabels)
            {
                if ((byte)label is > 0 and < 64)
                {
                    labels |= 1UL << (byte)label;
                }
            }
        }

        TimeWindow window = filter.Window ?? default;
        return new CompiledFilter(types, labels, filter.Direction, DayBounds.From(window.From), DayBounds.To(window.To));
    }

    /// <summary>The same filter walked the other way, for the backward side of a bidirectional search.</summary>
    public CompiledFilter Reversed() => new(
        TypeMask,
        LabelMask,
        Direction switch { Direction.Outgoing => Direction.Incoming, Direction.Incoming => Direction.Outgoing, _ => Direction.Both },
        WindowFrom,
        WindowTo);

    public bool LabelPasses(byte label) => ((LabelMask >> label) & 1UL) != 0;

    /// <summary>
    /// True when the adjacency entry (<paramref name="edge"/>, <paramref name="packed"/>) of some node may be
    /// followed from that node. A self-loop passes either direction.
    /// </summary>
    public bool Follows(GraphIndex graph, int edge, int packed)
    {
        if ((Direction == Direction.Outgoing && (packed & GraphIndex.StartBit) == 0)
            || (Direction == Direction.Incoming && (packed & GraphIndex.EndBit) == 0))
        {
            return false;
        }

        return PassesTypeAndWindow(graph, edge);
    }

    /// <summary>The checks that do not depend on which end we stand at; reads edge arrays only when the filter needs them.</summary>
    public bool PassesTypeAndWindow(GraphIndex graph, int edge)
    {
        if (ChecksType && ((TypeMask >> graph.EdgeType[edge]) & 1UL) == 0)
        {
            return false;
        }

        return !ChecksWindow || (graph.EdgeFrom[edge] <= WindowTo && graph.EdgeTo[edge] >= WindowFrom);
    }
}
