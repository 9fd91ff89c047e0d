using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles: a fragment may not spread itself, directly or through other fragments.
/// Each fragment is explored once (depth-first over its spreads), so the check is linear in the spreads.
/// </summary>
/// <remarks>
/// <para>Spec: https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles</para>
/// <para>
/// The depth-first search keeps its own stack of frames instead of recursing: a chain of spreads is as long as the
/// document makes it, and recursing along it could exhaust the thread's stack. Frames are explored in the order
/// recursion would explore them, so cycles are reported in graphql-js order.
/// </para>
/// </remarks>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpread> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<OperationDefinition>(SyntaxKind.OperationDefinition, static _ => false);
        handlers.OnEnterOrSkip<FragmentDefinition>(SyntaxKind.FragmentDefinition, fragment =>
        {
            DetectCycles(fragment);
            return false;
        });
    }

    private void DetectCycles(FragmentDefinition fragment)
    {
        Enter(fragment);
        while (_frames.Count > 0)
        {
            var frame = _frames.Pop();
            if (frame.Next == frame.Spreads.Count)
            {
                // The fragment is done: it leaves the path, and so does the spread that led to it.
                _pathIndexByName.Remove(frame.Name);
                if (_frames.Count > 0)
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.Next];
            _frames.Push(frame with { Next = frame.Next + 1 });
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
            }
            else if (Context.GetFragment(spreadName) is { } target && Enter(target))
            {
                // The spread stays on the path until the target's frame is done.
                continue;
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
    }

    // Starts exploring a fragment not explored before; false when there is nothing to explore.
    private bool Enter(FragmentDefinition fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return false;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        _frames.Push(new Frame(name, spreads, 0));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new List<string>(cycle.Count - 1);
        for (var j = 0; j < cycle.Count - 1; j++)
        {
            via.Add("\"" + cycle[j].Name.Value + "\"");
        }

        var suffix = via.Count > 0 ? " via " + string.Join(", ", via) + "." : ".";
        Report($"Cannot spread fragment \"{spreadName}\" within itself" + suffix, cycle);
    }

    // A fragment being explored: its spreads and the index of the next one to follow.
    private readonly record struct Frame(string Name, IReadOnlyList<FragmentSpread> Spreads, int Next);
}
