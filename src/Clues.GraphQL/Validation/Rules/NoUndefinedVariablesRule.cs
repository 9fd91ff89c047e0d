using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable used by an operation, directly or in the fragments it spreads,
/// must be defined by that operation. Checked once the whole document is traversed, because fragments may be
/// defined after the operations that use them.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined</remarks>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
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
                var defined = new HashSet<string>(StringComparer.Ordinal);
                var definitions = operation.VariableDefinitions;
                for (var i = 0; i < definitions.Count; i++)
                {
                    defined.Add(definitions[i].Variable.Name.Value);
                }

                var usages = Context.GetRecursiveVariableUsages(operation);
                for (var i = 0; i < usages.Count; i++)
                {
                    var name = usages[i].Node.Name.Value;
                    if (!defined.Contains(name))
                    {
                        var message = operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.";
                        Report(message, usages[i].Node, operation);
                    }
                }
            }
        });
    }
}
