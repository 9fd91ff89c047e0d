using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Limits;

/// <summary>
/// Base of the limits measured per operation once the document has been traversed (fragments may follow the
/// operations that spread them). Measures the operation named by <see cref="ValidationOptions.OperationName"/>
/// when given, else every operation. Fragment results are memoised, so measuring is linear in the document even
/// when fragments fan out, and fragment cycles (reported by NoFragmentCycles) count as empty.
/// </summary>
internal abstract class OperationLimit(ValidationContext context) : ValidationRule(context)
{
    /// <summary>Whether the limit is switched on.</summary>
    protected abstract bool Enabled { get; }

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        if (!Enabled)
        {
            return;
        }

        handlers.OnLeave<Document>(SyntaxKind.Document, document =>
        {
            var wanted = Context.Options.OperationName;
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinition operation && (wanted is null || operation.Name?.Value == wanted))
                {
                    Measure(operation);
                }
            }
        });
    }

    /// <summary>Measures one operation and reports when it is over the limit.</summary>
    protected abstract void Measure(OperationDefinition operation);

    /// <summary><c>operation "Name"</c> or <c>the anonymous operation</c>, for messages.</summary>
    protected static string Describe(OperationDefinition operation)
        => operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The anonymous operation";
}
