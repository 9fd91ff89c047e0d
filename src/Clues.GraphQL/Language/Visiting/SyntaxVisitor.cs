namespace Clues.GraphQL.Language;

/// <summary>
/// Enter/leave callbacks for a depth-first traversal of a syntax tree, in the style of graphql-js
/// <c>visit</c>. Override <see cref="Enter"/> and <see cref="Leave"/>, or use the per-kind handler table
/// of <see cref="Visitor"/>; combine several with <see cref="ParallelVisitor"/>.
/// </summary>
/// <remarks>Children are visited in graphql-js's order (e.g. a field's alias, name, arguments, directives, selection set).</remarks>
public abstract class SyntaxVisitor
{
    /// <summary>Called before a node's children are visited.</summary>
    /// <param name="node">The node being entered.</param>
    /// <param name="context">The traversal state; <see cref="VisitContext.Parent"/> is the node's parent.</param>
    /// <returns>Whether to continue, skip the node's subtree (and its leave call), or stop.</returns>
    public virtual VisitAction Enter(SyntaxNode node, VisitContext context) => VisitAction.Continue;

    /// <summary>Called after a node's children were visited.</summary>
    /// <param name="node">The node being left.</param>
    /// <param name="context">The traversal state; <see cref="VisitContext.Parent"/> is the node's parent.</param>
    /// <returns><see cref="VisitAction.Stop"/> to end the traversal; anything else continues.</returns>
    public virtual VisitAction Leave(SyntaxNode node, VisitContext context) => VisitAction.Continue;

    /// <summary>Traverses <paramref name="root"/> depth-first, calling <see cref="Enter"/> and <see cref="Leave"/>.</summary>
    /// <param name="root">The node to start at.</param>
    /// <returns><see langword="false"/> when a callback stopped the traversal early.</returns>
    public bool Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new VisitContext(this).Walk(root);
    }
}
