using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions: a document submitted for execution may only contain operations and fragments.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Executable-Definitions</remarks>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnterOrSkip<Document>(SyntaxKind.Document, document =>
        {
            var definitions = document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                var definition = definitions[i];
                if (definition is ExecutableDefinition)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinition or SchemaExtension => "schema",
                    TypeDefinition type => "\"" + type.Name.Value + "\"",
                    TypeExtension extension => "\"" + extension.Name.Value + "\"",
                    Language.DirectiveDefinition directive => "\"" + directive.Name.Value + "\"",
                    _ => "\"" + definition.Kind + "\"",
                };
                Report($"The {name} definition is not executable.", definition);
            }

            return false;
        });
}
