using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types: a variable's declared type must be a scalar, enum or input object (possibly wrapped).</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types</remarks>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<VariableDefinition>(SyntaxKind.VariableDefinition, definition =>
        {
            if (Context.Schema.TypeFromAst(definition.Type) is { } type && !type.IsInputType())
            {
                Report(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type);
            }
        });
}
