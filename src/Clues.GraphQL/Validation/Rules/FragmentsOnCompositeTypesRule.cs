using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Fragments On Composite Types: a type condition must name an object, interface or union type.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types</remarks>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnter<InlineFragment>(SyntaxKind.InlineFragment, fragment =>
        {
            if (fragment.TypeCondition is { } condition
                && Context.Schema.TypeFromAst(condition) is { } type
                && !type.IsCompositeType())
            {
                Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
            }
        });
        handlers.OnEnter<FragmentDefinition>(SyntaxKind.FragmentDefinition, fragment =>
        {
            if (Context.Schema.TypeFromAst(fragment.TypeCondition) is { } type && !type.IsCompositeType())
            {
                Report(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition);
            }
        });
    }
}
