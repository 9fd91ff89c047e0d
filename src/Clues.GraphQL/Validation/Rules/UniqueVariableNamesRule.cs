using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation may define each variable name only once.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Variable-Uniqueness</remarks>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            var definitions = operation.VariableDefinitions;
            if (definitions.Count < 2)
            {
                return;
            }

            foreach (var group in NameGroups.Of(definitions, static d => d.Variable.Name.Value))
            {
                if (group.Count > 1)
                {
                    var names = new SyntaxNode[group.Count];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = group[i].Variable.Name;
                    }

                    Report($"There can be only one variable named \"${group[0].Variable.Name.Value}\".", names);
                }
            }
        });
}
