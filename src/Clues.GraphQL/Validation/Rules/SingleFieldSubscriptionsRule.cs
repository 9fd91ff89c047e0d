using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using NamedType = Clues.GraphQL.Types.NamedType;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Single root field: a subscription must select exactly one root field (after collecting fields through
/// fragments), and that field may not be an introspection field.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Single-root-field</remarks>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            if (operation.Operation != OperationType.Subscription || Context.Schema.Subscription is not { } root)
            {
                return;
            }

            var groups = new List<List<Field>>();
            var byKey = new Dictionary<string, List<Field>>(StringComparer.Ordinal);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            Collect(root, operation.SelectionSet, groups, byKey, visited);

            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            if (groups.Count > 1)
            {
                var extra = new List<SyntaxNode>();
                for (var i = 1; i < groups.Count; i++)
                {
                    extra.AddRange(groups[i]);
                }

                Report($"{subject} must select only one top level field.", extra);
            }

            foreach (var fields in groups)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    Report($"{subject} must not select an introspection top level field.", fields);
                }
            }
        });

    // CollectFields (spec §6.3.2) without variable values: @skip/@include with literal conditions are honoured,
    // conditions given by variables are treated as including the selection.
    private void Collect(NamedType type, SelectionSet selectionSet, List<List<Field>> groups, Dictionary<string, List<Field>> byKey, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case Field field:
                    if (!byKey.TryGetValue(field.ResponseKey, out var group))
                    {
                        group = [];
                        byKey[field.ResponseKey] = group;
                        groups.Add(group);
                    }

                    group.Add(field);
                    break;
                case InlineFragment inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition, type))
                    {
                        Collect(type, inline.SelectionSet, groups, byKey, visited);
                    }

                    break;
                case FragmentSpread spread:
                    var fragmentName = spread.Name.Value;
                    if (!visited.Add(fragmentName) || Context.GetFragment(fragmentName) is not { } fragment
                        || !Applies(fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(type, fragment.SelectionSet, groups, byKey, visited);
                    break;
            }
        }
    }

    private bool Applies(Language.NamedType condition, NamedType type)
    {
        var conditionType = Context.Schema.FindType(condition.Name.Value);
        if (conditionType is null)
        {
            return false;
        }

        return ReferenceEquals(conditionType, type) || (conditionType.IsAbstractType() && Context.Schema.IsSubType(conditionType, type));
    }

    private static bool IsIncluded(Selection selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValue condition && condition.Value == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
