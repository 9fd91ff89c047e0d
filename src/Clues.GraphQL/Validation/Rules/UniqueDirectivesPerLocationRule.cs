using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location: a non-repeatable directive may be applied only once to the same node.
/// Unknown directives are left to <see cref="KnownDirectivesRule"/>.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location</remarks>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindsWithDirectives =
    [
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.ObjectTypeExtension, SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition,
        SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeDefinition,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension,
        SyntaxKind.EnumValueDefinition, SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension,
    ];

    private HashSet<string>? _documentUnique;

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        foreach (var kind in KindsWithDirectives)
        {
            handlers.OnEnter<SyntaxNode>(kind, Check);
        }
    }

    private void Check(SyntaxNode node)
    {
        var directives = ((IHasDirectives)node).Directives;
        if (directives.Count < 2)
        {
            return;
        }

        Dictionary<string, Directive>? seen = null;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (!IsUnique(name))
            {
                continue;
            }

            seen ??= new Dictionary<string, Directive>(StringComparer.Ordinal);
            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private bool IsUnique(string name)
    {
        if (Context.Schema.FindDirective(name) is { } known)
        {
            return !known.IsRepeatable;
        }

        _documentUnique ??= DocumentUnique(Context.Document);
        return _documentUnique.Contains(name);
    }

    private static HashSet<string> DocumentUnique(Document document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is Language.DirectiveDefinition { Repeatable: false } directive)
            {
                names.Add(directive.Name.Value);
            }
        }

        return names;
    }
}
