using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness: a field or directive may be given each argument only once.</summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Argument-Uniqueness</remarks>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnter<Field>(SyntaxKind.Field, field => Check(field.Arguments));
        handlers.OnEnter<Directive>(SyntaxKind.Directive, directive => Check(directive.Arguments));
    }

    private void Check(IReadOnlyList<Argument> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in NameGroups.Of(arguments, static a => a.Name.Value))
        {
            if (group.Count > 1)
            {
                var names = new SyntaxNode[group.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = group[i].Name;
                }

                Report($"There can be only one argument named \"{group[0].Name.Value}\".", names);
            }
        }
    }
}
