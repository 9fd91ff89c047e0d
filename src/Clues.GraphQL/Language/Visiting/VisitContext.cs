namespace Clues.GraphQL.Language;

/// <summary>
/// The state of a running traversal as seen by <see cref="SyntaxVisitor"/> callbacks: the path of
/// ancestors from the root to the current node's parent.
/// </summary>
public sealed class VisitContext
{
    private readonly List<SyntaxNode> _ancestors = [];
    private readonly SyntaxVisitor _visitor;

    internal VisitContext(SyntaxVisitor visitor)
    {
        _visitor = visitor;
        Ancestors = _ancestors.AsReadOnly();
    }

    /// <summary>The ancestors of the current node, root first; empty while visiting the root.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors { get; }

    /// <summary>The parent of the current node, or <see langword="null"/> at the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>
    /// Walks <paramref name="node"/> and its subtree. Recursion depth is bounded by the tree's height,
    /// which the parser caps (<see cref="ParseOptions.MaxDepth"/>).
    /// </summary>
    /// <returns><see langword="false"/> once the visitor asked to stop.</returns>
    internal bool Walk(SyntaxNode node)
    {
        var action = _visitor.Enter(node, this);
        if (action == VisitAction.Stop)
        {
            return false;
        }

        if (action == VisitAction.Skip)
        {
            return true;
        }

        _ancestors.Add(node);
        var sink = new ChildWalk(this);
        var completed = SyntaxChildren.ForEach(node, ref sink);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && _visitor.Leave(node, this) != VisitAction.Stop;
    }

    // ForEach takes a struct sink so the per-child call is specialised; this one forwards to Walk.
    private readonly struct ChildWalk(VisitContext context) : IChildSink
    {
        public bool OnChild(SyntaxNode child) => context.Walk(child);
    }
}
