using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation;

/// <summary>
/// A validation rule or limit: one instance per validation run, which registers per-kind enter and leave
/// handlers in a <see cref="RuleHandlers"/> table. All registered rules run in parallel during one traversal
/// of the document (graphql-js <c>visitInParallel</c>).
/// </summary>
internal abstract class ValidationRule
{
    /// <summary>Creates the rule for one validation run.</summary>
    /// <param name="context">The shared state of the run.</param>
    protected ValidationRule(ValidationContext context)
    {
        Context = context;
    }

    /// <summary>The shared state of the run.</summary>
    protected ValidationContext Context { get; }

    /// <summary>The short name reported in <see cref="ValidationError.Rule"/>.</summary>
    public virtual string Name
    {
        get
        {
            var name = GetType().Name;
            return name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name;
        }
    }

    /// <summary>Adds this rule's handlers to <paramref name="handlers"/>.</summary>
    /// <param name="handlers">The table to fill.</param>
    public abstract void Register(RuleHandlers handlers);

    /// <summary>Reports an error attributed to this rule.</summary>
    /// <param name="message">The message.</param>
    /// <param name="node">The node to locate the error at.</param>
    protected void Report(string message, SyntaxNode? node) => Context.ReportError(Name, message, node);

    /// <summary>Reports an error located at two nodes.</summary>
    /// <param name="message">The message.</param>
    /// <param name="first">The first node.</param>
    /// <param name="second">The second node.</param>
    protected void Report(string message, SyntaxNode? first, SyntaxNode? second) => Context.ReportError(Name, message, first, second);

    /// <summary>Reports an error located at several nodes.</summary>
    /// <param name="message">The message.</param>
    /// <param name="nodes">The nodes, in reporting order.</param>
    protected void Report(string message, IReadOnlyList<SyntaxNode> nodes) => Context.ReportError(Name, message, nodes);
}

/// <summary>
/// The per-kind handlers of one rule. Handlers are stored in arrays indexed by <see cref="SyntaxKind"/>, so
/// dispatch is an array lookup and a delegate call; nothing is reflected per node.
/// </summary>
internal sealed class RuleHandlers
{
    internal static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    internal Func<SyntaxNode, bool>?[] Enter { get; } = new Func<SyntaxNode, bool>?[KindCount];

    internal Action<SyntaxNode>?[] Leave { get; } = new Action<SyntaxNode>?[KindCount];

    /// <summary>Runs <paramref name="handler"/> when a node of <paramref name="kind"/> is entered.</summary>
    public void OnEnter<TNode>(SyntaxKind kind, Action<TNode> handler)
        where TNode : SyntaxNode
        => AddEnter(kind, node =>
        {
            handler((TNode)node);
            return true;
        });

    /// <summary>
    /// Runs <paramref name="handler"/> when a node of <paramref name="kind"/> is entered; when it returns
    /// <see langword="false"/> this rule does not see the node's subtree nor its leave.
    /// </summary>
    public void OnEnterOrSkip<TNode>(SyntaxKind kind, Func<TNode, bool> handler)
        where TNode : SyntaxNode
        => AddEnter(kind, node => handler((TNode)node));

    /// <summary>Runs <paramref name="handler"/> when a node of <paramref name="kind"/> is left.</summary>
    public void OnLeave<TNode>(SyntaxKind kind, Action<TNode> handler)
        where TNode : SyntaxNode
    {
        var existing = Leave[(int)kind];
        Action<SyntaxNode> wrapped = node => handler((TNode)node);
        Leave[(int)kind] = existing is null ? wrapped : existing + wrapped;
    }

    private void AddEnter(SyntaxKind kind, Func<SyntaxNode, bool> handler)
    {
        var existing = Enter[(int)kind];
        Enter[(int)kind] = existing is null ? handler : node => existing(node) & handler(node);
    }
}
