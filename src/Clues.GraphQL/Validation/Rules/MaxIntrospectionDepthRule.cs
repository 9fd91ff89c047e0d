using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Max Introspection Depth: below a <c>__schema</c> or <c>__type</c> field, the introspection list fields
/// <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> may not nest three deep (counting
/// through inline fragments and fragment spreads). Each such level multiplies the response by the size of the
/// schema, so a short query could otherwise demand a response exponential in its length. Reported once per
/// <c>__schema</c>/<c>__type</c> field, as "Maximum introspection depth exceeded", at that field.
/// </summary>
/// <remarks>
/// <para>
/// Not part of the October 2021 specification: graphql-js added it to <c>specifiedRules</c> in v16.9.0
/// (https://github.com/graphql/graphql-js/releases/tag/v16.9.0, https://github.com/graphql/graphql-js/pull/4118;
/// rule docs: https://graphql-js.org/api-v16/validation/#maxintrospectiondepthrule). Behaviour follows graphql-js
/// 16.15: fields count by name (not alias, whatever their type; <c>ofType</c> does not count), and a field nested
/// in a reported one is not checked again.
/// </para>
/// <para>
/// The search is depth-first over (fragment, depth-on-entry) states with an explicit stack, so fragment chains
/// cannot exhaust the thread's stack. Within one check a fragment is not re-entered at a depth it was already
/// entered at or below (which also ends cycles); across checks, the document remembers the deepest entry depth at
/// which each fragment stayed within the limit and the shallowest at which it went over, so each fragment is
/// explored at most a few times per document.
/// </para>
/// </remarks>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListDepth = 3;

    private readonly Dictionary<string, int> _withinAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _enteredAt = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnterOrSkip<Field>(SyntaxKind.Field, field =>
        {
            var name = field.Name.Value;
            if (name is not ("__schema" or "__type") || field.SelectionSet is not { } selectionSet || !Exceeds(selectionSet))
            {
                return true;
            }

            Report("Maximum introspection depth exceeded", field);
            return false;
        });

    private static bool IsIntrospectionList(string name) => name is "fields" or "interfaces" or "possibleTypes" or "inputFields";

    private bool Exceeds(SelectionSet root)
    {
        _enteredAt.Clear();
        _frames.Clear();
        _frames.Push(new Frame(root.Selections, 0, 0, null));
        while (_frames.Count > 0)
        {
            var frame = _frames.Pop();
            if (frame.Next == frame.Selections.Count)
            {
                // Finished without reaching the limit: entering this fragment this deep is known to be safe.
                if (frame.Fragment is { } finished)
                {
                    _withinAt[finished] = frame.Depth;
                }

                continue;
            }

            _frames.Push(frame with { Next = frame.Next + 1 });
            switch (frame.Selections[frame.Next])
            {
                case Field field:
                {
                    var depth = frame.Depth;
                    if (IsIntrospectionList(field.Name.Value) && ++depth >= MaxListDepth)
                    {
                        return Exceeded();
                    }

                    if (field.SelectionSet is { } selectionSet)
                    {
                        _frames.Push(new Frame(selectionSet.Selections, 0, depth, null));
                    }

                    break;
                }

                case InlineFragment inline:
                    _frames.Push(new Frame(inline.SelectionSet.Selections, 0, frame.Depth, null));
                    break;
                case FragmentSpread spread:
                {
                    var name = spread.Name.Value;
                    var depth = frame.Depth;

                    // Going over from here also goes over from anywhere deeper.
                    if (_exceededAt.TryGetValue(name, out var exceeded) && exceeded <= depth)
                    {
                        return Exceeded();
                    }

                    // Whatever is reachable from here was, or is being, searched from an entry at least as deep.
                    if ((_enteredAt.TryGetValue(name, out var entered) && entered >= depth)
                        || (_withinAt.TryGetValue(name, out var within) && within >= depth))
                    {
                        break;
                    }

                    // Unknown fragments are KnownFragmentNames' to report.
                    if (Context.GetFragment(name) is { } fragment)
                    {
                        _enteredAt[name] = depth;
                        _frames.Push(new Frame(fragment.SelectionSet.Selections, 0, depth, name));
                    }

                    break;
                }
            }
        }

        return false;
    }

    // The limit was reached: every fragment still being searched goes over when entered at its entry depth.
    private bool Exceeded()
    {
        foreach (var frame in _frames)
        {
            if (frame.Fragment is { } fragment)
            {
                _exceededAt[fragment] = frame.Depth;
            }
        }

        _frames.Clear();
        return true;
    }

    // A selection list being searched: the next selection to look at, the list depth reached, and the fragment
    // whose own selections these are (null for fields' and inline fragments' selections).
    private readonly record struct Frame(IReadOnlyList<Selection> Selections, int Next, int Depth, string? Fragment);
}
