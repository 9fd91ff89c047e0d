using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an input object literal may give each field only once.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness</remarks>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, Name>> _known = new();

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnter<ObjectValue>(SyntaxKind.ObjectValue, _ => _known.Push(new Dictionary<string, Name>(StringComparer.Ordinal)));
        handlers.OnLeave<ObjectValue>(SyntaxKind.ObjectValue, _ => _known.Pop());
        handlers.OnEnter<ObjectField>(SyntaxKind.ObjectField, field =>
        {
            var known = _known.Peek();
            if (known.TryGetValue(field.Name.Value, out var first))
            {
                Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
            }
            else
            {
                known[field.Name.Value] = field.Name;
            }
        });
    }
}
