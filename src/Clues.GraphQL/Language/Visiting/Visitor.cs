namespace Clues.GraphQL.Language;

/// <summary>
/// A <see cref="SyntaxVisitor"/> built from per-kind callbacks, e.g.
/// <c>new Visitor().OnEnter&lt;Field&gt;((field, context) =&gt; ...)</c>.
/// Dispatch is one array lookup by <see cref="SyntaxKind"/>; no reflection runs per node.
/// </summary>
/// <remarks>
/// Registering for an abstract node type (e.g. <see cref="ValueNode"/> or <see cref="SyntaxNode"/>) registers
/// for every kind derived from it. Several handlers for one kind run in registration order; the strongest
/// action wins (<see cref="VisitAction.Stop"/> over <see cref="VisitAction.Skip"/> over
/// <see cref="VisitAction.Continue"/>).
/// </remarks>
public sealed class Visitor : SyntaxVisitor
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private readonly Func<SyntaxNode, VisitContext, VisitAction>?[] _enter = new Func<SyntaxNode, VisitContext, VisitAction>?[KindCount];
    private readonly Func<SyntaxNode, VisitContext, VisitAction>?[] _leave = new Func<SyntaxNode, VisitContext, VisitAction>?[KindCount];

    /// <summary>Adds an enter callback for nodes of type <typeparamref name="TNode"/>.</summary>
    /// <typeparam name="TNode">A concrete or abstract node type.</typeparam>
    /// <param name="handler">Returns what the traversal should do next.</param>
    /// <returns>This visitor, for chaining.</returns>
    public Visitor OnEnter<TNode>(Func<TNode, VisitContext, VisitAction> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register<TNode>(_enter, (node, context) => handler((TNode)node, context));
        return this;
    }

    /// <summary>Adds an enter callback for nodes of type <typeparamref name="TNode"/> that always continues.</summary>
    /// <typeparam name="TNode">A concrete or abstract node type.</typeparam>
    /// <param name="handler">The callback.</param>
    /// <returns>This visitor, for chaining.</returns>
    public Visitor OnEnter<TNode>(Action<TNode, VisitContext> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register<TNode>(_enter, (node, context) =>
        {
            handler((TNode)node, context);
            return VisitAction.Continue;
        });
        return this;
    }

    /// <summary>Adds a leave callback for nodes of type <typeparamref name="TNode"/>.</summary>
    /// <typeparam name="TNode">A concrete or abstract node type.</typeparam>
    /// <param name="handler">Returns <see cref="VisitAction.Stop"/> to end the traversal.</param>
    /// <returns>This visitor, for chaining.</returns>
    public Visitor OnLeave<TNode>(Func<TNode, VisitContext, VisitAction> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register<TNode>(_leave, (node, context) => handler((TNode)node, context));
        return this;
    }

    /// <summary>Adds a leave callback for nodes of type <typeparamref name="TNode"/> that always continues.</summary>
    /// <typeparam name="TNode">A concrete or abstract node type.</typeparam>
    /// <param name="handler">The callback.</param>
    /// <returns>This visitor, for chaining.</returns>
    public Visitor OnLeave<TNode>(Action<TNode, VisitContext> handler)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(handler);
        Register<TNode>(_leave, (node, context) =>
        {
            handler((TNode)node, context);
            return VisitAction.Continue;
        });
        return this;
    }

    /// <summary>Whether any enter callback is registered for <paramref name="kind"/>.</summary>
    /// <param name="kind">The node kind.</param>
    /// <returns><see langword="true"/> when entering such nodes runs a callback.</returns>
    public bool HandlesEnter(SyntaxKind kind) => _enter[(int)kind] is not null;

    /// <summary>Whether any leave callback is registered for <paramref name="kind"/>.</summary>
    /// <param name="kind">The node kind.</param>
    /// <returns><see langword="true"/> when leaving such nodes runs a callback.</returns>
    public bool HandlesLeave(SyntaxKind kind) => _leave[(int)kind] is not null;

    /// <inheritdoc />
    public override VisitAction Enter(SyntaxNode node, VisitContext context)
        => _enter[(int)node.Kind] is { } handler ? handler(node, context) : VisitAction.Continue;

    /// <inheritdoc />
    public override VisitAction Leave(SyntaxNode node, VisitContext context)
        => _leave[(int)node.Kind] is { } handler ? handler(node, context) : VisitAction.Continue;

    private static void Register<TNode>(Func<SyntaxNode, VisitContext, VisitAction>?[] table, Func<SyntaxNode, VisitContext, VisitAction> handler)
        where TNode : SyntaxNode
    {
        var kinds = SyntaxKindTypes.KindsOf(typeof(TNode));
        foreach (var kind in kinds)
        {
            var existing = table[(int)kind];
            table[(int)kind] = existing is null ? handler : Combine(existing, handler);
        }
    }

    private static Func<SyntaxNode, VisitContext, VisitAction> Combine(
        Func<SyntaxNode, VisitContext, VisitAction> first,
        Func<SyntaxNode, VisitContext, VisitAction> second)
        => (node, context) =>
        {
            var a = first(node, context);
            if (a == VisitAction.Stop)
            {
                return a;
            }

            var b = second(node, context);
            return (VisitAction)Math.Max((int)a, (int)b);
        };
}
