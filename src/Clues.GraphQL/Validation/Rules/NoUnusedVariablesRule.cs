using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: every variable an operation defines must be used by it, directly or in the fragments it
/// spreads. Checked once the whole document is traversed.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-All-Variables-Used</remarks>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinition> _operations = [];

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            _operations.Add(operation);
            return false;
        });
        handlers.OnLeave<Document>(SyntaxKind.Document, _ =>
        {
            foreach (var operation in _operations)
            {
                var definitions = operation.VariableDefinitions;
                if (definitions.Count == 0)
                {
                    continue;
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                var usages = Context.GetRecursiveVariableUsages(operation);
                for (var i = 0; i < usages.Count; i++)
                {
                    used.Add(usages[i].Node.Name.Value);
                }

                for (var i = 0; i < definitions.Count; i++)
                {
                    var name = definitions[i].Variable.Name.Value;
                    if (!used.Contains(name))
                    {
                        var message = operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.";
                        Report(message, definitions[i]);
                    }
                }
            }
        });
    }
}
