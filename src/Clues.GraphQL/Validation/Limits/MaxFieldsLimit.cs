using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Limits;

/// <summary>
/// Refuses operations with more field selections than <see cref="ValidationOptions.MaxFields"/> once every
/// fragment spread is expanded in place (each alias counts; a fragment spread n times counts n times). Guards
/// against documents that are small as text but fan out through nested fragments. Counts saturate at
/// <see cref="long.MaxValue"/> rather than overflow; a saturated count is reported as "more than" the limit.
/// </summary>
internal sealed class MaxFieldsLimit(ValidationContext context) : OperationLimit(context)
{
    private readonly Dictionary<string, long> _fragmentCount = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string Name => "MaxFields";

    /// <inheritdoc />
    protected override bool Enabled => Context.Options.MaxFields is not null;

    /// <inheritdoc />
    protected override void Measure(OperationDefinition operation)
    {
        var max = Context.Options.MaxFields!.Value;
        MeasureFragments(operation.SelectionSet, _fragmentCount.ContainsKey, _inProgress, fragment => _fragmentCount[fragment.Name.Value] = Count(fragment.SelectionSet));
        var count = Count(operation.SelectionSet);
        if (count > max)
        {
            // A saturated count is no measurement (the true one did not fit in 64 bits); say what is known.
            var shown = count == long.MaxValue ? "more than " + max : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Report(
                $"{Describe(operation)} selects {shown} fields once fragments are expanded (limit MaxFields = {max}). "
                + "Select fewer fields or spread fragments less often, or raise ValidationOptions.MaxFields.",
                operation);
        }
    }

    private long Count(SelectionSet selectionSet)
    {
        StackGuard.Ensure();
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var count = selection switch
            {
                Field field => field.SelectionSet is { } child ? Add(1, Count(child)) : 1,
                InlineFragment inline => Count(inline.SelectionSet),
                FragmentSpread spread => FragmentCount(spread.Name.Value),
                _ => 0,
            };
            total = Add(total, count);
        }

        return total;
    }

    // Fragments were measured beforehand; one that is not is unknown or on a cycle, and counts as empty.
    private long FragmentCount(string name) => _fragmentCount.TryGetValue(name, out var known) ? known : 0;

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
