using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: each fragment must be the only fragment with its name.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness</remarks>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, Name> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<OperationDefinition>(SyntaxKind.OperationDefinition, static _ => false);
        handlers.OnEnterOrSkip<FragmentDefinition>(SyntaxKind.FragmentDefinition, fragment =>
        {
            var name = fragment.Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                Report($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }

            return false;
        });
    }
}
