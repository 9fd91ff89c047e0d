using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Known type names: every type named by a variable definition or a type condition must exist in the schema
/// (or be defined by the document itself), with "did you mean" suggestions.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence and https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types</remarks>
internal sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private HashSet<string>? _definedTypes;

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<Language.NamedType>(SyntaxKind.NamedType, node =>
        {
            var typeName = node.Name.Value;
            var defined = _definedTypes ??= DefinedTypes(Context.Document);
            if (Context.Schema.FindType(typeName) is not null || defined.Contains(typeName))
            {
                return;
            }

            var ancestors = Context.Ancestors;
            // The top-level definition containing the reference (ancestors are [Document, definition, ...]).
            var definitionNode = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[^1] : null;
            var isSdl = definitionNode is TypeSystemDefinition or TypeSystemExtension;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
            {
                return;
            }

            var candidates = new List<string>();
            if (isSdl)
            {
                candidates.AddRange(StandardTypeNames);
            }

            var types = Context.Schema.Types;
            for (var i = 0; i < types.Count; i++)
            {
                candidates.Add(types[i].Name);
            }

            candidates.AddRange(defined);
            Report($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(typeName, candidates)), node);
        });

    private static HashSet<string> DefinedTypes(Document document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinition type)
            {
                names.Add(type.Name.Value);
            }
        }

        return names;
    }
}
