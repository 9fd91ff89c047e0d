namespace Clues.GraphQL.Language;

/// <summary>
/// Base of every node of the GraphQL abstract syntax tree. Nodes are immutable; derive modified copies
/// with <c>with</c> expressions.
/// </summary>
/// <remarks>
/// Record equality is the compiler-generated one: child lists and <see cref="Loc"/> compare by reference.
/// Use <see cref="SyntaxEquivalence.AreEquivalent"/> for structural comparison that ignores locations.
/// </remarks>
public abstract record SyntaxNode
{
    /// <summary>The kind of this node, for fast switching.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where this node was parsed from, or <see langword="null"/> when built in code or parsed with <see cref="ParseOptions.NoLocation"/>.</summary>
    public Location? Loc { get; init; }

    /// <summary>The direct child nodes in the canonical (graphql-js) visiting order.</summary>
    /// <returns>A new list; intended for tooling and tests, traversals should use a <see cref="SyntaxVisitor"/> or <see cref="SyntaxWalker"/>.</returns>
    public IReadOnlyList<SyntaxNode> ChildNodes()
    {
        var collector = new SyntaxChildren.Collector(new List<SyntaxNode>());
        SyntaxChildren.ForEach(this, ref collector);
        return collector.Nodes;
    }

    /// <summary>Prints the node as GraphQL source text (see <see cref="Printer"/>).</summary>
    /// <returns>The canonical GraphQL text of this node.</returns>
    public sealed override string ToString() => Printer.Print(this);
}
