using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: a field or directive must be given every argument whose type is non-null and which has
/// no default value. Reported when the field or directive is left, as graphql-js does.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Required-Arguments</remarks>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnLeave<Field>(SyntaxKind.Field, field =>
        {
            if (Context.TypeInfo.FieldDef is not { } fieldDef)
            {
                return;
            }

            foreach (var definition in fieldDef.Arguments)
            {
                if (definition.IsRequired() && !IsProvided(field.Arguments, definition.Name))
                {
                    Report(
                        $"Field \"{fieldDef.Name}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required, but it was not provided.",
                        field);
                }
            }
        });
        handlers.OnLeave<Directive>(SyntaxKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            if (Context.Schema.FindDirective(name) is { } definition)
            {
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired() && !IsProvided(directive.Arguments, argument.Name))
                    {
                        Report(
                            $"Directive \"@{name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            directive);
                    }
                }

                return;
            }

            foreach (var defined in Context.Document.Definitions)
            {
                if (defined is Language.DirectiveDefinition sdl && sdl.Name.Value == name)
                {
                    foreach (var argument in sdl.Arguments)
                    {
                        if (argument.Type is Language.NonNullType && argument.DefaultValue is null
                            && !IsProvided(directive.Arguments, argument.Name.Value))
                        {
                            Report(
                                $"Directive \"@{name}\" argument \"{argument.Name.Value}\" of type \"{Printer.Print(argument.Type)}\" is required, but it was not provided.",
                                directive);
                        }
                    }
                }
            }
        });
    }

    private static bool IsProvided(IReadOnlyList<Argument> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
