using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: each named operation must be the only operation with its name.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness</remarks>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, Name> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            if (operation.Name is { } name)
            {
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Report($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }
            }

            return false;
        });
        handlers.OnEnterOrSkip<FragmentDefinition>(SyntaxKind.FragmentDefinition, static _ => false);
    }
}
