using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: a fragment may only be spread where some object could be of both the parent
/// type and the fragment's type condition.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible</remarks>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnter<InlineFragment>(SyntaxKind.InlineFragment, fragment =>
        {
            var fragmentType = Context.TypeInfo.Type;
            var parentType = Context.TypeInfo.ParentType;
            if (fragmentType is Types.NamedType named && named.IsCompositeType()
                && parentType is not null && parentType.IsCompositeType()
                && !Context.Schema.DoTypesOverlap(named, parentType))
            {
                Report(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{named}\".",
                    fragment);
            }
        });
        handlers.OnEnter<FragmentSpread>(SyntaxKind.FragmentSpread, spread =>
        {
            var name = spread.Name.Value;
            if (Context.GetFragment(name) is not { } fragment
                || Context.Schema.TypeFromAst(fragment.TypeCondition) is not Types.NamedType fragmentType
                || !fragmentType.IsCompositeType()
                || Context.TypeInfo.ParentType is not { } parentType)
            {
                return;
            }

            if (!Context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                Report(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    spread);
            }
        });
    }
}
