using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Limits;

/// <summary>
/// Base of the limits measured per operation once the document has been traversed (fragments may follow the
/// operations that spread them). Measures the operation named by <see cref="ValidationOptions.OperationName"/>
/// when given, else every operation. Fragment results are memoised, so measuring is linear in the document even
/// when fragments fan out, and fragment cycles (reported by NoFragmentCycles) count as empty. Fragments are measured
/// dependencies first by <see cref="MeasureFragments"/>, without recursing along chains of spreads, so measuring a
/// selection set only recurses as deep as its own nesting.
/// </summary>
internal abstract class OperationLimit(ValidationContext context) : ValidationRule(context)
{
    /// <summary>Whether the limit is switched on.</summary>
    protected abstract bool Enabled { get; }

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        if (!Enabled)
        {
            return;
        }

        handlers.OnLeave<Document>(SyntaxKind.Document, document =>
        {
            var wanted = Context.Options.OperationName;
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinition operation && (wanted is null || operation.Name?.Value == wanted))
                {
                    Measure(operation);
                }
            }
        });
    }

    /// <summary>Measures one operation and reports when it is over the limit.</summary>
    protected abstract void Measure(OperationDefinition operation);

    /// <summary>
    /// Calls <paramref name="measure"/> for every fragment reachable from <paramref name="root"/> that is not
    /// <paramref name="isMeasured"/> yet, each after the fragments it spreads (depth-first, with an explicit stack:
    /// a chain of spreads is as long as the document makes it). A fragment met again while its own spreads are being
    /// measured is part of a cycle: it is still in <paramref name="inProgress"/> when the fragments of the cycle are
    /// measured, and they count it as empty.
    /// </summary>
    protected void MeasureFragments(SelectionSet root, Func<string, bool> isMeasured, HashSet<string> inProgress, Action<FragmentDefinition> measure)
    {
        var frames = new Stack<(FragmentDefinition Fragment, IReadOnlyList<FragmentSpread> Spreads, int Next)>();
        var rootSpreads = Context.GetFragmentSpreads(root);
        for (var i = 0; i < rootSpreads.Count; i++)
        {
            Push(rootSpreads[i].Name.Value);
            while (frames.Count > 0)
            {
                var (fragment, spreads, next) = frames.Pop();
                if (next < spreads.Count)
                {
                    frames.Push((fragment, spreads, next + 1));
                    Push(spreads[next].Name.Value);
                    continue;
                }

                measure(fragment);
                inProgress.Remove(fragment.Name.Value);
            }
        }

        void Push(string name)
        {
            if (!isMeasured(name) && !inProgress.Contains(name) && Context.GetFragment(name) is { } fragment)
            {
                inProgress.Add(name);
                frames.Push((fragment, Context.GetFragmentSpreads(fragment.SelectionSet), 0));
            }
        }
    }

    /// <summary><c>operation "Name"</c> or <c>the anonymous operation</c>, for messages.</summary>
    protected static string Describe(OperationDefinition operation)
        => operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The anonymous operation";
}
