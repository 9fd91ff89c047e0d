using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation;

/// <summary>
/// The single traversal of a validation run. For each node it updates <see cref="TypeInfo"/>, calls the enter
/// handlers of every rule registered for the node's kind, walks the children, calls the leave handlers in the
/// same order, and restores <see cref="TypeInfo"/>. A rule whose enter handler asks to skip sees nothing of the
/// node's subtree while the other rules carry on (graphql-js <c>visitInParallel</c> + <c>visitWithTypeInfo</c>).
/// It also records variable usages per executable definition for <see cref="ValidationContext"/>.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly Entry<Func<SyntaxNode, bool>>[][] _enter;
    private readonly Entry<Action<SyntaxNode>>[][] _leave;
    private readonly SyntaxNode?[] _skipping;
    private readonly List<SyntaxNode> _ancestors = [];
    private int _skippingCount;
    private ExecutableDefinition? _definition;
    private int _variableDefinitionDepth;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _context.Ancestors = _ancestors;
        _skipping = new SyntaxNode?[rules.Count];

        var tables = new RuleHandlers[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            tables[r] = new RuleHandlers();
            rules[r].Register(tables[r]);
        }

        _enter = new Entry<Func<SyntaxNode, bool>>[RuleHandlers.KindCount][];
        _leave = new Entry<Action<SyntaxNode>>[RuleHandlers.KindCount][];
        var enter = new List<Entry<Func<SyntaxNode, bool>>>();
        var leave = new List<Entry<Action<SyntaxNode>>>();
        for (var k = 0; k < RuleHandlers.KindCount; k++)
        {
            enter.Clear();
            leave.Clear();
            for (var r = 0; r < tables.Length; r++)
            {
                if (tables[r].Enter[k] is { } onEnter)
                {
                    enter.Add(new Entry<Func<SyntaxNode, bool>>(r, onEnter));
                }

                if (tables[r].Leave[k] is { } onLeave)
                {
                    leave.Add(new Entry<Action<SyntaxNode>>(r, onLeave));
                }
            }

            _enter[k] = enter.ToArray();
            _leave[k] = leave.ToArray();
        }
    }

    /// <summary>Walks the whole document.</summary>
    public void Run() => Walk(_context.Document);

    private void Walk(SyntaxNode node)
    {
        // Parsed documents nest at most ParseOptions.MaxDepth levels, but a document built in code has no such bound.
        StackGuard.Ensure();
        _typeInfo.Enter(node);
        Track(node, entering: true);

        var enter = _enter[(int)node.Kind];
        for (var i = 0; i < enter.Length; i++)
        {
            var rule = enter[i].Rule;
            if (_skippingCount != 0 && _skipping[rule] is not null)
            {
                continue;
            }

            if (!enter[i].Handler(node))
            {
                _skipping[rule] = node;
                _skippingCount++;
            }
        }

        // Children are walked even when every rule skips them: type information and variable usages are
        // collected for the rules that look at them later (when the document is left).
        _ancestors.Add(node);
        var sink = new ChildSink(this);
        SyntaxChildren.ForEach(node, ref sink);
        _ancestors.RemoveAt(_ancestors.Count - 1);

        var leave = _leave[(int)node.Kind];
        for (var i = 0; i < leave.Length; i++)
        {
            if (_skippingCount == 0 || _skipping[leave[i].Rule] is null)
            {
                leave[i].Handler(node);
            }
        }

        if (_skippingCount != 0)
        {
            for (var r = 0; r < _skipping.Length; r++)
            {
                if (ReferenceEquals(_skipping[r], node))
                {
                    _skipping[r] = null;
                    _skippingCount--;
                }
            }
        }

        Track(node, entering: false);
        _typeInfo.Leave(node);
    }

    private void Track(SyntaxNode node, bool entering)
    {
        switch (node.Kind)
        {
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.FragmentDefinition:
                _definition = entering ? (ExecutableDefinition)node : null;
                break;
            case SyntaxKind.VariableDefinition:
                _variableDefinitionDepth += entering ? 1 : -1;
                break;
            case SyntaxKind.Variable when entering && _definition is not null && _variableDefinitionDepth == 0:
                _context.AddVariableUsage(
                    _definition,
                    new VariableUsage((Variable)node, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.ParentInputType));
                break;
        }
    }

    private readonly record struct Entry<THandler>(int Rule, THandler Handler);

    private readonly struct ChildSink(ValidationWalker walker) : IChildSink
    {
        public bool OnChild(SyntaxNode child)
        {
            walker.Walk(child);
            return true;
        }
    }
}
