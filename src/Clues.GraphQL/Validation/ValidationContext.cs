using System.Runtime.CompilerServices;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation;

/// <summary>
/// The shared state of one validation run: the schema and document, the type information of the current
/// traversal position, fragment look-ups, variable usages and the collected errors (with the error cap).
/// </summary>
/// <remarks>
/// Caches are keyed by node identity (<see cref="ReferenceEqualityComparer"/>): syntax nodes are records,
/// whose value equality is deep and far too slow for look-ups.
/// </remarks>
internal sealed class ValidationContext
{
    private const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private readonly List<ValidationError> _errors = [];
    private readonly Dictionary<SelectionSet, IReadOnlyList<FragmentSpread>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinition, IReadOnlyList<FragmentDefinition>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinition, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinition, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinition>? _fragments;

    /// <summary>Creates the context of one run.</summary>
    public ValidationContext(GraphQLSchema schema, Document document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
    }

    /// <summary>The schema validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document being validated.</summary>
    public Document Document { get; }

    /// <summary>The options of the run.</summary>
    public ValidationOptions Options { get; }

    /// <summary>The types at the current traversal position.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The ancestors of the node being visited, root first (maintained by the traversal).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors { get; internal set; } = [];

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>The fragment definitions by name; when a name is defined twice the last definition wins (as graphql-js).</summary>
    public IReadOnlyDictionary<string, FragmentDefinition> Fragments => _fragments ??= IndexFragments(Document);

    /// <summary>The fragment named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public FragmentDefinition? GetFragment(string name) => Fragments.TryGetValue(name, out var fragment) ? fragment : null;

    /// <summary>
    /// The fragment spreads inside <paramref name="selectionSet"/>, looking through fields and inline fragments
    /// but not into other fragments, in graphql-js order (a set's own spreads first, then nested sets last-first).
    /// </summary>
    public IReadOnlyList<FragmentSpread> GetFragmentSpreads(SelectionSet selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpread>();
        var pending = new Stack<SelectionSet>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            var set = pending.Pop();
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpread spread:
                        spreads.Add(spread);
                        break;
                    case Field { SelectionSet: { } child }:
                        pending.Push(child);
                        break;
                    case InlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(OperationDefinition operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinition>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSet>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            var spreads = GetFragmentSpreads(pending.Pop());
            for (var i = 0; i < spreads.Count; i++)
            {
                var name = spreads[i].Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>
    /// The variables used in <paramref name="definition"/> itself (not through its spreads), with the input type
    /// expected at each position. Complete once the traversal has left the definition.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinition definition)
        => _variableUsages.TryGetValue(definition, out var usages) ? usages : [];

    /// <summary>
    /// The variables used by an operation, directly or through the fragments it references. Complete once the
    /// whole document has been traversed, so rules call it when the <see cref="Language.Document"/> is left.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinition operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fragments = GetRecursivelyReferencedFragments(operation);
        for (var i = 0; i < fragments.Count; i++)
        {
            usages.AddRange(GetVariableUsages(fragments[i]));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Records a variable usage met by the traversal.</summary>
    internal void AddVariableUsage(ExecutableDefinition definition, VariableUsage usage)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = [];
            _variableUsages[definition] = usages;
        }

        usages.Add(usage);
    }

    /// <summary>Reports an error at one node.</summary>
    public void ReportError(string rule, string message, SyntaxNode? node)
    {
        var locations = new List<SourceLocation>(1);
        AddLocation(locations, node);
        Add(new ValidationError(message, locations) { Rule = rule });
    }

    /// <summary>Reports an error at two nodes.</summary>
    public void ReportError(string rule, string message, SyntaxNode? first, SyntaxNode? second)
    {
        var locations = new List<SourceLocation>(2);
        AddLocation(locations, first);
        AddLocation(locations, second);
        Add(new ValidationError(message, locations) { Rule = rule });
    }

    /// <summary>Reports an error at several nodes.</summary>
    public void ReportError(string rule, string message, IReadOnlyList<SyntaxNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            AddLocation(locations, nodes[i]);
        }

        Add(new ValidationError(message, locations) { Rule = rule });
    }

    /// <summary>
    /// Appends the error that ends a run early (e.g. <see cref="StackGuard.Message"/>); it has no location and no
    /// rule, and is added even when the error cap has been reached, so the response says why validation stopped.
    /// </summary>
    internal void AddFinalError(string message) => _errors.Add(new ValidationError(message, []));

    private void Add(ValidationError error)
    {
        if (_errors.Count >= Options.MaxErrors)
        {
            _errors.Add(new ValidationError(TooManyErrorsMessage, []));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddLocation(List<SourceLocation> locations, SyntaxNode? node)
    {
        if (node?.Loc is { } loc)
        {
            locations.Add(loc.StartLocation);
        }
    }

    private static Dictionary<string, FragmentDefinition> IndexFragments(Document document)
    {
        var fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is FragmentDefinition fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        return fragments;
    }
}

/// <summary>A variable referenced in an executable definition, with what the position expects.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected where the variable is used, or <see langword="null"/> when unknown (e.g. an unknown argument).</param>
/// <param name="HasLocationDefault">Whether the argument or input field the variable fills has a default value.</param>
/// <param name="ParentType">The input type containing the position (e.g. the input object of an object field), or <see langword="null"/>.</param>
internal readonly record struct VariableUsage(Variable Node, GraphQLType? Type, bool HasLocationDefault, GraphQLType? ParentType);

/// <summary>Thrown inside a run when the error cap is reached; caught by <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted: too many errors.")
    {
    }
}
