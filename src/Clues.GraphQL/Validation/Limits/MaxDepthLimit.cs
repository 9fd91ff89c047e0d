using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Limits;

/// <summary>
/// Refuses operations whose fields nest deeper than <see cref="ValidationOptions.MaxDepth"/>. Root fields are at
/// depth 1; fragments are expanded in place; introspection fields count like any other field.
/// </summary>
internal sealed class MaxDepthLimit(ValidationContext context) : OperationLimit(context)
{
    private readonly Dictionary<string, int> _fragmentDepth = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "MaxDepth";

    /// <inheritdoc />
    protected override bool Enabled => Context.Options.MaxDepth is not null;

    /// <inheritdoc />
    protected override void Measure(OperationDefinition operation)
    {
        var max = Context.Options.MaxDepth!.Value;
        var depth = Depth(operation.SelectionSet);
        if (depth > max)
        {
            Report(
                $"{Describe(operation)} has a depth of {depth}, which exceeds the maximum depth of {max}. "
                + "Nest fewer fields, or raise ValidationOptions.MaxDepth.",
                operation);
        }
    }

    private int Depth(SelectionSet selectionSet)
    {
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                Field field => 1 + (field.SelectionSet is { } child ? Depth(child) : 0),
                InlineFragment inline => Depth(inline.SelectionSet),
                FragmentSpread spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            if (depth > deepest)
            {
                deepest = depth;
            }
        }

        return deepest;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepth.TryGetValue(name, out var known))
        {
            return known;
        }

        if (Context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentDepth[name] = depth;
        return depth;
    }
}
