using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections: leaf-typed fields have no selection set; composite-typed fields must have one.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections</remarks>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<Field>(SyntaxKind.Field, field =>
        {
            if (Context.TypeInfo.Type is not { } type)
            {
                return;
            }

            var name = field.Name.Value;
            if (type.GetNamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    Report($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
                }
            }
            else if (field.SelectionSet is null)
            {
                Report($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
            }
        });
}
