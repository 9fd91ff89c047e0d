using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles: a fragment may not spread itself, directly or through other fragments.
/// Each fragment is explored once (depth-first over its spreads), so the check is linear in the spreads.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles</remarks>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpread> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

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
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[fragmentName] = _spreadPath.Count;
        for (var i = 0; i < spreads.Count; i++)
        {
            var spread = spreads[i];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }
            }
            else
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

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(fragmentName);
    }
}
