using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names: every argument given to a field or directive must be defined by it, with "did you mean"
/// suggestions. Arguments of unknown fields and directives are left to the rules reporting those.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Argument-Names</remarks>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, List<string>>? _documentDirectiveArguments;

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        // Directive arguments are checked here in one go; the directive's subtree is then skipped so that the
        // field-argument check below never sees them.
        handlers.OnEnterOrSkip<Directive>(SyntaxKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            var known = KnownDirectiveArguments(name);
            if (known is null)
            {
                return false;
            }

            foreach (var argument in directive.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (!known.Contains(argumentName))
                {
                    Report(
                        $"Unknown argument \"{argumentName}\" on directive \"@{name}\"."
                        + Suggestions.DidYouMean(Suggestions.SuggestionList(argumentName, known)),
                        argument);
                }
            }

            return false;
        });
        handlers.OnEnter<Argument>(SyntaxKind.Argument, argument =>
        {
            var typeInfo = Context.TypeInfo;
            if (typeInfo.Argument is not null || typeInfo.FieldDef is not { } fieldDef || typeInfo.ParentType is not { } parentType)
            {
                return;
            }

            var names = new List<string>(fieldDef.Arguments.Count);
            foreach (var definition in fieldDef.Arguments)
            {
                names.Add(definition.Name);
            }

            var argumentName = argument.Name.Value;
            Report(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                + Suggestions.DidYouMean(Suggestions.SuggestionList(argumentName, names)),
                argument);
        });
    }

    private List<string>? KnownDirectiveArguments(string directiveName)
    {
        if (Context.Schema.FindDirective(directiveName) is { } directive)
        {
            var names = new List<string>(directive.Arguments.Count);
            foreach (var argument in directive.Arguments)
            {
                names.Add(argument.Name);
            }

            return names;
        }

        if (_documentDirectiveArguments is null)
        {
            _documentDirectiveArguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var definition in Context.Document.Definitions)
            {
                if (definition is Language.DirectiveDefinition defined)
                {
                    var names = new List<string>(defined.Arguments.Count);
                    foreach (var argument in defined.Arguments)
                    {
                        names.Add(argument.Name.Value);
                    }

                    _documentDirectiveArguments[defined.Name.Value] = names;
                }
            }
        }

        return _documentDirectiveArguments.GetValueOrDefault(directiveName);
    }
}
