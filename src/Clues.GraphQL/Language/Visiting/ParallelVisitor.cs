namespace Clues.GraphQL.Language;

/// <summary>
/// Runs several visitors in one traversal (graphql-js <c>visitInParallel</c>): each visitor sees the
/// nodes it would see alone. A visitor that skips a subtree is suspended until that subtree is left, and
/// a visitor that stops is suspended for the rest of the traversal without stopping the others.
/// </summary>
/// <remarks>The suspension state resets whenever a traversal starts at a root, so an instance can be reused but not shared between concurrent traversals.</remarks>
public sealed class ParallelVisitor : SyntaxVisitor
{
    private readonly SyntaxVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly bool[] _stopped;
    private int _stoppedCount;

    /// <summary>Creates a visitor that forwards to <paramref name="visitors"/> in order.</summary>
    /// <param name="visitors">The visitors; enter and leave callbacks run in this order.</param>
    public ParallelVisitor(IEnumerable<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = visitors.ToArray();
        _skipping = new SyntaxNode?[_visitors.Length];
        _stopped = new bool[_visitors.Length];
    }

    /// <summary>Creates a visitor that forwards to <paramref name="visitors"/> in order.</summary>
    /// <param name="visitors">The visitors; enter and leave callbacks run in this order.</param>
    public ParallelVisitor(params SyntaxVisitor[] visitors)
        : this((IEnumerable<SyntaxVisitor>)visitors)
    {
    }

    /// <inheritdoc />
    public override VisitAction Enter(SyntaxNode node, VisitContext context)
    {
        if (context.Ancestors.Count == 0)
        {
            Array.Clear(_skipping);
            Array.Clear(_stopped);
            _stoppedCount = 0;
        }

        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null || _stopped[i])
            {
                continue;
            }

            switch (_visitors[i].Enter(node, context))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitAction.Stop:
                    _stopped[i] = true;
                    _stoppedCount++;
                    break;
            }
        }

        return _visitors.Length > 0 && _stoppedCount == _visitors.Length ? VisitAction.Stop : VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction Leave(SyntaxNode node, VisitContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_stopped[i])
            {
                continue;
            }

            if (_skipping[i] is { } skipped)
            {
                // Reference identity: records compare by value, and the suspension belongs to this instance.
                if (ReferenceEquals(skipped, node))
                {
                    _skipping[i] = null;
                }

                continue;
            }

            if (_visitors[i].Leave(node, context) == VisitAction.Stop)
            {
                _stopped[i] = true;
                _stoppedCount++;
            }
        }

        return _visitors.Length > 0 && _stoppedCount == _visitors.Length ? VisitAction.Stop : VisitAction.Continue;
    }
}
