using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Limits;

/// <summary>
/// Refuses documents with more operation definitions than <see cref="ValidationOptions.MaxOperationsPerDocument"/>:
/// a request runs one operation, so a long list of them only costs parsing and validation time.
/// </summary>
internal sealed class MaxOperationsLimit(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string Name => "MaxOperationsPerDocument";

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        if (Context.Options.MaxOperationsPerDocument is not { } max)
        {
            return;
        }

        handlers.OnEnter<Document>(SyntaxKind.Document, document =>
        {
            var count = 0;
            OperationDefinition? firstOver = null;
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinition operation && ++count == max + 1)
                {
                    firstOver = operation;
                }
            }

            if (count > max)
            {
                Report(
                    $"The document contains {count} operations, which exceeds the limit of {max} operations per document. "
                    + "Send only the operations the request needs, or raise ValidationOptions.MaxOperationsPerDocument.",
                    firstOver);
            }
        });
    }
}
