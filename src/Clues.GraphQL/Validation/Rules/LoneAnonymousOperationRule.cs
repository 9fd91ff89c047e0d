using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation: an anonymous operation must be the only operation of its document.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation</remarks>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnter<Document>(SyntaxKind.Document, document =>
        {
            var definitions = document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is OperationDefinition)
                {
                    _operationCount++;
                }
            }
        });
        handlers.OnEnter<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            if (operation.Name is null && _operationCount > 1)
            {
                Report("This anonymous operation must be the only defined operation.", operation);
            }
        });
    }
}
