using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields: groups the fields of selection sets by response key for one object type,
/// honouring <c>@skip</c>/<c>@include</c> and fragment type conditions, and records whether the grouping
/// depended on variables (and so may only be cached for the current request).
/// </summary>
internal static class FieldCollector
{
    public static CollectedFields Collect(ExecutionContext context, ObjectType type, SelectionSet selectionSet)
    {
        var state = new State(context, type);
        state.Add(selectionSet);
        return state.Build();
    }

    public static CollectedFields Collect(ExecutionContext context, ObjectType type, List<Field> fields)
    {
        var state = new State(context, type);
        foreach (var field in fields)
        {
            if (field.SelectionSet is not null)
            {
                state.Add(field.SelectionSet);
            }
        }

        return state.Build();
    }

    private sealed class State
    {
        private readonly ExecutionContext _context;
        private readonly ObjectType _type;
        private readonly List<string> _order = [];
        private readonly Dictionary<string, List<Field>> _groups = new(StringComparer.Ordinal);
        private HashSet<string>? _visitedFragments;
        private bool _dependsOnVariables;

        public State(ExecutionContext context, ObjectType type)
        {
            _context = context;
            _type = type;
        }

        public void Add(SelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection.Directives))
                {
                    continue;
                }

                switch (selection)
                {
                    case Field field:
                        var key = field.ResponseKey;
                        if (!_groups.TryGetValue(key, out var group))
                        {
                            _groups[key] = group = [];
                            _order.Add(key);
                        }

                        group.Add(field);
                        break;
                    case InlineFragment inline:
                        if (inline.TypeCondition is null || Applies(inline.TypeCondition.Name.Value))
                        {
                            Add(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpread spread:
                        var name = spread.Name.Value;
                        if (!(_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                        {
                            break;
                        }

                        if (_context.Plan.Fragments.TryGetValue(name, out var fragment) && Applies(fragment.TypeCondition.Name.Value))
                        {
                            Add(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        public CollectedFields Build()
        {
            var plans = new List<FieldPlan>(_order.Count);
            var schema = _context.Schema;
            foreach (var key in _order)
            {
                var nodes = _groups[key];
                var definition = schema.GetFieldDefinition(_type, nodes[0].Name.Value);
                if (definition is null)
                {
                    // Unknown fields are rejected by validation; executing an unvalidated document skips them.
                    continue;
                }

                plans.Add(new FieldPlan(key, _type, definition, nodes));
            }

            return new CollectedFields(plans.ToArray(), _dependsOnVariables);
        }

        private bool Applies(string typeConditionName)
        {
            if (typeConditionName == _type.Name)
            {
                return true;
            }

            var condition = _context.Schema.FindType(typeConditionName);
            return condition is InterfaceType or UnionType && _context.Schema.IsSubType(condition, _type);
        }

        private bool ShouldInclude(IReadOnlyList<Directive> directives)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                var name = directive.Name.Value;
                if (name == "skip")
                {
                    if (ReadIf(directive) == true)
                    {
                        return false;
                    }
                }
                else if (name == "include")
                {
                    if (ReadIf(directive) == false)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool? ReadIf(Directive directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if")
                {
                    continue;
                }

                switch (argument.Value)
                {
                    case BooleanValue b:
                        return b.Value;
                    case Variable variable:
                        _dependsOnVariables = true;
                        return _context.Variables.TryGetValue(variable.Name.Value, out var value) && value is bool flag ? flag : null;
                }
            }

            return null;
        }
    }
}
