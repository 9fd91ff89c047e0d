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
        MeasureFragments(operation.SelectionSet, _fragmentDepth.ContainsKey, _inProgress, fragment => _fragmentDepth[fragment.Name.Value] = Depth(fragment.SelectionSet));

        // The depth cannot overflow: it is at most the number of fields in the document.
        var depth = Depth(operation.SelectionSet);
        if (depth > max)
        {
            Report(
                $"{Describe(operation)} has a depth of {depth} (limit MaxDepth = {max}). "
                + "Nest fewer fields, or raise ValidationOptions.MaxDepth.",
                operation);
        }
    }

    private int Depth(SelectionSet selectionSet)
    {
        StackGuard.Ensure();
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

    // Fragments were measured beforehand; one that is not is unknown or on a cycle, and counts as empty.
    private int FragmentDepth(string name) => _fragmentDepth.TryGetValue(name, out var known) ? known : 0;
}
