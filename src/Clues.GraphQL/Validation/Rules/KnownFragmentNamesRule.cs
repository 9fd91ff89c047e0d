using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined: every named spread must refer to a fragment of the document.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined</remarks>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<FragmentSpread>(SyntaxKind.FragmentSpread, spread =>
        {
            if (Context.GetFragment(spread.Name.Value) is null)
            {
                Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
            }
        });
}
