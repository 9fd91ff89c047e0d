using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Clues.Core.Graph;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;

namespace Clues.Api.Resolvers;

/// <summary>
/// A node of a drawing served from the traversal's <see cref="NodeRef"/> (id, label, name) instead of the full domain
/// record, when the query asks the node for nothing else: <c>id</c>, <c>__typename</c> and <c>name</c> (every type with
/// a <c>name</c> field stores it as its display name, which the traversal carries). It saves one node read and one
/// record mapping per drawn node. It is a map so the executor takes the GraphQL type from <c>__typename</c> and reads
/// <c>name</c> from it; <c>id</c> is encoded by <see cref="NodeViews.GlobalIdOf"/> like any node's. A clue comes this way
/// too when only its id is asked for (it has no name field): its id still goes through the clue gate (permission,
/// jurisdiction, audit; see <see cref="ClueFields"/>), which accepts a drawn clue; any other clue field needs the record.
/// </summary>
internal sealed class DrawnNode : IReadOnlyDictionary<string, object?>
{
    /// <summary>Labels whose GraphQL type has a <c>name</c> field holding the display name the traversal carries.</summary>
    private static readonly bool[] NamedLabels = BuildNamedLabels();

    /// <summary>Whether the selection of a field (by its syntax node) asks only for drawable fields; computed once per document.</summary>
    private static readonly ConditionalWeakTable<Field, StrongBox<bool>> DrawableSelections = new();

    private readonly string _typeName;

    private DrawnNode(NodeRef node, string? globalId)
    {
        Node = node;
        GlobalId = globalId;
        _typeName = node.Label.ToString();
    }

    public NodeRef Node { get; }

    /// <summary>The node's global id when the caller already encoded it (null: encode on demand).</summary>
    public string? GlobalId { get; }

    public string Id => Node.Id;

    public NodeLabel Label => Node.Label;

    public int Count => HasName ? 2 : 1;

    public IEnumerable<string> Keys => HasName ? ["__typename", "name"] : ["__typename"];

    public IEnumerable<object?> Values => HasName ? [_typeName, Node.Name] : [_typeName];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    private bool HasName => NamedLabels[(int)Node.Label];

    /// <summary>
    /// The drawn node for <paramref name="node"/> when the field being resolved asks only for drawable fields and the
    /// node can be served that way; otherwise null (the caller then loads the full record).
    /// </summary>
    public static DrawnNode? TryCreate(ResolveContext context, NodeRef? node, string? globalId = null)
    {
        if (node is null || !Enum.IsDefined(node.Label)
            || (NamedLabels[(int)node.Label] && node.Name is null))
        {
            return null;
        }

        var fields = context.FieldNodes;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!DrawableSelections.GetValue(field, f => new StrongBox<bool>(IsDrawable(f.SelectionSet))).Value)
            {
                return null;
            }
        }

        return new DrawnNode(node, globalId);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        switch (key)
        {
            case "__typename":
                value = _typeName;
                return true;
            case "name" when HasName:
                value = Node.Name;
                return true;
            default:
                value = null;
                return false;
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return new KeyValuePair<string, object?>("__typename", _typeName);
        if (HasName)
        {
            yield return new KeyValuePair<string, object?>("name", Node.Name);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// True when the selection holds only <c>id</c>, <c>__typename</c> and <c>name</c>, directly or in inline fragments.
    /// Named fragment spreads and anything else send the node through the full read.
    /// </summary>
    private static bool IsDrawable(SelectionSet? selectionSet)
    {
        if (selectionSet is null)
        {
            return false;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case Field { Name.Value: "id" or "__typename" or "name", SelectionSet: null }:
                    continue;
                case InlineFragment fragment when IsDrawable(fragment.SelectionSet):
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool[] BuildNamedLabels()
    {
        var labels = Enum.GetValues<NodeLabel>();
        var named = new bool[labels.Max(l => (int)l) + 1];
        foreach (var label in labels)
        {
            // Position (title), Payment (voucher number) and Clue (code) show another display name and have no name field.
            named[(int)label] = label is not (NodeLabel.Position or NodeLabel.Payment or NodeLabel.Clue);
        }

        return named;
    }
}
