using System.Text;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using FieldDefinition = Clues.GraphQL.Types.FieldDefinition;
using ListType = Clues.GraphQL.Types.ListType;
using NamedType = Clues.GraphQL.Types.NamedType;
using NonNullType = Clues.GraphQL.Types.NonNullType;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields with the same response name in a selection set (including through inline
/// fragments and fragment spreads, at any depth) must be mergeable: the same field with the same arguments unless
/// their parent types are distinct object types (mutually exclusive), and always of the same response shape.
/// </summary>
/// <remarks>
/// <para>Spec: https://spec.graphql.org/October2021/#sec-Field-Selection-Merging (FieldsInSetCanMerge, SameResponseShape).</para>
/// <para>
/// The check runs per selection set: the fields of the set are grouped by response name and compared pairwise, and
/// the fields of each spread fragment are compared with the set's fields and with the other spread fragments; two
/// fields with sub-selections are compared by recursively comparing their sub-selections. To stay polynomial on
/// large documents, the fields and spread names of each selection set are computed once, each pair of fragments and
/// each pair of a field set and a fragment is compared at most once per document (and per mutual-exclusivity mode),
/// and a pair is marked before it is expanded, which is also what makes self-spreading fragments terminate. Walks along
/// spreads keep their own stacks; the remaining recursion (one level per level of the merged response) is guarded by
/// <see cref="StackGuard"/>. Conflict details are bounded as graphql-js 16.15 bounds them (1000 characters, 20 locations).
/// </para>
/// </remarks>
internal sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    // graphql-js 16.15 bounds what one conflict can say, so a conflict deep in a large document cannot produce a
    // message (or location list) as large as the document; the same bounds keep our errors identical to its.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private readonly Dictionary<SelectionSet, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly Stack<(string, string)> _pendingFragmentPairs = new();
    private readonly Stack<string> _pendingFragments = new();

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<SelectionSet>(SyntaxKind.SelectionSet, selectionSet =>
        {
            // An inline fragment's fields were already compared as part of the enclosing selection set (they answer
            // at the same response level); checking its set again would report the same conflicts twice.
            var ancestors = Context.Ancestors;
            if (ancestors.Count > 0 && ancestors[^1] is InlineFragment)
            {
                return;
            }

            // One field, or one spread, has nothing within the set to conflict with.
            var selections = selectionSet.Selections;
            if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragment))
            {
                return;
            }

            var conflicts = FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, selectionSet);
            foreach (var conflict in conflicts)
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                Report(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }
        });

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSet selectionSet)
    {
        var conflicts = new List<Conflict>();
        var own = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, own);
        var names = own.FragmentNames;
        if (names.Count == 0 || (own.ResponseNames.Count == 0 && names.Count == 1))
        {
            return conflicts;
        }

        for (var i = 0; i < names.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, own, names[i]);
            for (var j = i + 1; j < names.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
            }
        }

        return conflicts;
    }

    // Fields of one selection set against the fields of a fragment and of every fragment it spreads. Each field set
    // remembers which fragments it was compared with, for the whole document, and marks a fragment before following
    // its spreads: that is what ends the walk when fragments spread themselves (directly, or under a field whose
    // sub-selection is compared back with the same fragment). The walk keeps its own stack, in the order recursion
    // would take, because chains of spreads are as long as the document makes them.
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments fields, string fragmentName)
    {
        if (fields.ResponseNames.Count == 0)
        {
            return;
        }

        var compared = fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        var pending = _pendingFragments;
        var bottom = pending.Count;
        pending.Push(fragmentName);
        while (pending.Count > bottom)
        {
            var name = pending.Pop();

            // A comparison that assumed overlapping parents (the stricter one) also answers for exclusive parents.
            if (compared.TryGetValue(name, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
            {
                continue;
            }

            compared[name] = mutuallyExclusive;

            // A fragment is never compared with itself (that is the within-set check of its own selection set).
            if (GetReferencedFieldsAndFragmentNames(name) is not { } fragment || ReferenceEquals(fragment, fields))
            {
                continue;
            }

            CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragment);
            for (var i = fragment.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push(fragment.FragmentNames[i]);
            }
        }
    }

    // Two fragments, then the first against each fragment the second spreads and each fragment the first spreads
    // against the second. Each pair is marked before it is expanded, so a pair is compared once per document and
    // cycles end; the walk keeps its own stack (pairs of a long chain are many and would nest as deep as they are).
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        var pending = _pendingFragmentPairs;
        var bottom = pending.Count;
        pending.Push((name1, name2));
        while (pending.Count > bottom)
        {
            var (first, second) = pending.Pop();
            if (first == second || HasComparedPair(first, second, mutuallyExclusive))
            {
                continue;
            }

            AddComparedPair(first, second, mutuallyExclusive);
            if (GetReferencedFieldsAndFragmentNames(first) is not { } fragment1
                || GetReferencedFieldsAndFragmentNames(second) is not { } fragment2)
            {
                continue;
            }

            CollectConflictsBetween(conflicts, mutuallyExclusive, fragment1, fragment2);

            // Pushed in reverse so that they are popped in the order recursion would visit them.
            for (var i = fragment1.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((fragment1.FragmentNames[i], second));
            }

            for (var i = fragment2.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((first, fragment2.FragmentNames[i]));
            }
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSet selectionSet1,
        NamedType? parentType2,
        SelectionSet selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var fields2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var name in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name);
        }

        foreach (var name in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldsAndFragments fields)
    {
        foreach (var responseName in fields.ResponseNames)
        {
            var group = fields.Fields[responseName];
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    if (FindConflict(false, responseName, group[i], group[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments fields1, FieldsAndFragments fields2)
    {
        if (fields1.ResponseNames.Count == 0 || fields2.ResponseNames.Count == 0)
        {
            return;
        }

        foreach (var responseName in fields1.ResponseNames)
        {
            if (!fields2.Fields.TryGetValue(responseName, out var group2))
            {
                continue;
            }

            var group1 = fields1.Fields[responseName];
            for (var i = 0; i < group1.Count; i++)
            {
                for (var j = 0; j < group2.Count; j++)
                {
                    if (FindConflict(mutuallyExclusive, responseName, group1[i], group2[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;

        // The common case of a leaf selected twice alike (e.g. "id" in many places) cannot conflict; skipping the
        // general comparison keeps large groups of identical fields cheap.
        if (node1.Arguments.Count == 0 && node2.Arguments.Count == 0
            && node1.SelectionSet is null && node2.SelectionSet is null
            && ReferenceEquals(type1, type2)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        // Fields on two different object types can never both apply to one object, so they need not be the same
        // field; they must still produce the same response shape.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            // Comparing sub-selections recurses once per level of the merged response, which fragments can make
            // as deep as the document is long.
            StackGuard.Ensure();
            var sub = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                type1?.GetNamedType(),
                selectionSet1,
                type2?.GetNamedType(),
                selectionSet2);
            return SubfieldConflicts(sub, responseName, node1, node2);
        }

        return null;
    }

    // One conflict for two fields whose sub-selections conflict: the reasons joined (bounded in length) and the
    // two fields followed by the fields of the sub-conflicts (bounded in number, keeping the deepest ones).
    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, Field node1, Field node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var reason = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (reason.Length > 0)
            {
                reason.Append(" and ");
            }

            reason.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (reason.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, Abbreviate(reason.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    private static List<Field> ConflictNodes(Field node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<Field> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var take = Math.Min(MaxConflictNodes - nodes.Count, side.Count);
            for (var i = side.Count - take; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text)
        => text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    // Two types conflict when they would not produce the same response shape: list and non-null wrappers must
    // match, and leaf types must be identical; composite types are compared through their sub-selections.
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (type1.IsLeafType() || type2.IsLeafType())
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    private static bool SameArguments(IReadOnlyList<Argument> arguments1, IReadOnlyList<Argument> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        for (var i = 0; i < arguments1.Count; i++)
        {
            var argument1 = arguments1[i];
            ValueNode? value2 = null;
            for (var j = 0; j < arguments2.Count; j++)
            {
                if (arguments2[j].Name.Value == argument1.Name.Value)
                {
                    value2 = arguments2[j].Value;
                }
            }

            if (value2 is null || !SameValue(argument1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    // Values are the same when they print the same once object fields are sorted by name.
    private static bool SameValue(ValueNode value1, ValueNode value2)
    {
        StackGuard.Ensure();
        if (value1.Kind != value2.Kind)
        {
            return false;
        }

        switch (value1)
        {
            case Variable variable:
                return variable.Name.Value == ((Variable)value2).Name.Value;
            case IntValue integer:
                return integer.Value == ((IntValue)value2).Value;
            case FloatValue number:
                return number.Value == ((FloatValue)value2).Value;
            case StringValue text:
                var other = (StringValue)value2;
                return text.Value == other.Value && text.Block == other.Block;
            case BooleanValue boolean:
                return boolean.Value == ((BooleanValue)value2).Value;
            case NullValue:
                return true;
            case EnumValue enumValue:
                return enumValue.Value == ((EnumValue)value2).Value;
            case ListValue list:
            {
                var items1 = list.Values;
                var items2 = ((ListValue)value2).Values;
                if (items1.Count != items2.Count)
                {
                    return false;
                }

                for (var i = 0; i < items1.Count; i++)
                {
                    if (!SameValue(items1[i], items2[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            case ObjectValue obj:
            {
                var fields1 = SortedFields(obj);
                var fields2 = SortedFields((ObjectValue)value2);
                if (fields1.Length != fields2.Length)
                {
                    return false;
                }

                for (var i = 0; i < fields1.Length; i++)
                {
                    if (fields1[i].Name.Value != fields2[i].Name.Value || !SameValue(fields1[i].Value, fields2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            }

            default:
                return false;
        }
    }

    private static ObjectField[] SortedFields(ObjectValue value)
    {
        var fields = new (ObjectField Field, int Index)[value.Fields.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = (value.Fields[i], i);
        }

        Array.Sort(fields, static (a, b) =>
        {
            var order = Suggestions.NaturalCompare(a.Field.Name.Value, b.Field.Name.Value);
            return order != 0 ? order : a.Index - b.Index;
        });

        var sorted = new ObjectField[fields.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = fields[i].Field;
        }

        return sorted;
    }

    private FieldsAndFragments? GetReferencedFieldsAndFragmentNames(string fragmentName)
    {
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return null;
        }

        if (_cache.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        var type = Context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType;
        return GetFieldsAndFragmentNames(type, fragment.SelectionSet);
    }

    // The fields of a selection set grouped by response name (looking through inline fragments), with the parent
    // type and definition of each, plus the names of the fragments it spreads; computed once per selection set.
    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSet selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var result = new FieldsAndFragments();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, result, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private void Collect(NamedType? parentType, SelectionSet selectionSet, FieldsAndFragments result, HashSet<string> fragmentNames)
    {
        StackGuard.Ensure();
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case Field field:
                {
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    var responseName = field.ResponseKey;
                    if (!result.Fields.TryGetValue(responseName, out var group))
                    {
                        group = [];
                        result.Fields[responseName] = group;
                        result.ResponseNames.Add(responseName);
                    }

                    group.Add(new FieldEntry(parentType, field, definition));
                    break;
                }

                case FragmentSpread spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragment inline:
                {
                    var type = inline.TypeCondition is { } condition
                        ? Context.Schema.TypeFromAst(condition) as NamedType
                        : parentType;
                    Collect(type, inline.SelectionSet, result, fragmentNames);
                    break;
                }
            }
        }
    }

    private bool HasComparedPair(string a, string b, bool mutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(Key(a, b), out var stored))
        {
            return false;
        }

        // A pair compared as not mutually exclusive (the stricter check) also covers the mutually exclusive case.
        return mutuallyExclusive || !stored;
    }

    private void AddComparedPair(string a, string b, bool mutuallyExclusive) => _comparedFragmentPairs[Key(a, b)] = mutuallyExclusive;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private readonly record struct FieldEntry(NamedType? ParentType, Field Node, FieldDefinition? Definition);

    private sealed class FieldsAndFragments
    {
        public List<string> ResponseNames { get; } = [];

        public Dictionary<string, List<FieldEntry>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>
        /// The fragments these fields have been compared with, for the whole document, each with whether that
        /// comparison assumed mutually exclusive parents; <see langword="null"/> until the first comparison.
        /// </summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<Field> Fields1, List<Field> Fields2);
}
