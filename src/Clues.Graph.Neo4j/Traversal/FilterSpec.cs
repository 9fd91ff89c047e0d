using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Traversal;

/// <summary>
/// A <see cref="TraversalFilter"/> checked once. Types and the time window are sent to the server as
/// parameters; direction and labels depend on which node a step starts from and are applied here.
/// </summary>
internal sealed record FilterSpec(IReadOnlySet<RelType>? Types, IReadOnlySet<NodeLabel>? Labels, Direction Direction, TimeWindow Window)
{
    public static FilterSpec Compile(TraversalFilter? filter, string argumentName)
    {
        filter ??= TraversalFilter.All;
        if (!Enum.IsDefined(filter.Direction))
        {
            throw new ArgumentOutOfRangeException(argumentName, filter.Direction, "Direction must be Both, Outgoing or Incoming.");
        }

        return new FilterSpec(filter.RelTypes, filter.NodeLabels, filter.Direction, filter.Window ?? default);
    }

    public bool ChecksLabel => Labels is not null;

    public bool LabelPasses(NodeLabel label) => Labels is null || Labels.Contains(label);

    public bool TypeAndWindowPass(EdgeRef edge) =>
        (Types is null || Types.Contains(edge.Type)) && Window.Overlaps(edge.ValidFrom, edge.ValidTo);

    /// <summary>Whether a walk standing on <paramref name="from"/> may take this edge (a self-loop goes either way).</summary>
    public bool Follows(EdgeRef edge, string from) => TypeAndWindowPass(edge) && DirectionAllows(edge, from);

    public bool DirectionAllows(EdgeRef edge, string from) => Direction switch
    {
        Direction.Outgoing => edge.StartId == from,
        Direction.Incoming => edge.EndId == from,
        _ => true,
    };

    /// <summary>The same filter walked from the other end, for searches that start at the target.</summary>
    public FilterSpec Reversed() => this with
    {
        Direction = Direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        },
    };

    /// <summary>The type and window parameters of <c>Statements.Expand</c> and <c>Statements.NodeRelationships</c>.</summary>
    public Dictionary<string, object?> Parameters() => new()
    {
        ["types"] = Types?.Select(t => t.ToString()).ToList(),
        ["windowFrom"] = Window.From,
        ["windowTo"] = Window.To,
    };
}
