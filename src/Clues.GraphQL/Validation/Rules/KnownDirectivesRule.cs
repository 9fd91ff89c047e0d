using Clues.GraphQL.Language;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined and Directives Are In Valid Locations: every directive must be known (to the schema or
/// defined in the document) and allowed where it is applied.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Directives-Are-Defined and https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations</remarks>
internal sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, IReadOnlyList<DirectiveLocation>>? _documentDirectives;

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<Directive>(SyntaxKind.Directive, directive =>
        {
            var name = directive.Name.Value;
            IReadOnlyList<DirectiveLocation>? locations = Context.Schema.FindDirective(name)?.Locations;
            if (locations is null)
            {
                _documentDirectives ??= DocumentDirectives(Context.Document);
                _documentDirectives.TryGetValue(name, out locations);
            }

            if (locations is null)
            {
                Report($"Unknown directive \"@{name}\".", directive);
                return;
            }

            if (LocationOf(Context.Ancestors) is { } candidate && !Contains(locations, candidate))
            {
                Report($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.ToName(candidate)}.", directive);
            }
        });

    /// <summary>The location of the node a directive is applied to (the last ancestor).</summary>
    internal static DirectiveLocation? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return null;
        }

        var appliedTo = ancestors[^1];
        switch (appliedTo.Kind)
        {
            case SyntaxKind.OperationDefinition:
                return ((OperationDefinition)appliedTo).Operation switch
                {
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    OperationType.Subscription => DirectiveLocation.Subscription,
                    _ => DirectiveLocation.Query,
                };
            case SyntaxKind.Field: return DirectiveLocation.Field;
            case SyntaxKind.FragmentSpread: return DirectiveLocation.FragmentSpread;
            case SyntaxKind.InlineFragment: return DirectiveLocation.InlineFragment;
            case SyntaxKind.FragmentDefinition: return DirectiveLocation.FragmentDefinition;
            case SyntaxKind.VariableDefinition: return DirectiveLocation.VariableDefinition;
            case SyntaxKind.SchemaDefinition:
            case SyntaxKind.SchemaExtension: return DirectiveLocation.Schema;
            case SyntaxKind.ScalarTypeDefinition:
            case SyntaxKind.ScalarTypeExtension: return DirectiveLocation.Scalar;
            case SyntaxKind.ObjectTypeDefinition:
            case SyntaxKind.ObjectTypeExtension: return DirectiveLocation.Object;
            case SyntaxKind.FieldDefinition: return DirectiveLocation.FieldDefinition;
            case SyntaxKind.InterfaceTypeDefinition:
            case SyntaxKind.InterfaceTypeExtension: return DirectiveLocation.Interface;
            case SyntaxKind.UnionTypeDefinition:
            case SyntaxKind.UnionTypeExtension: return DirectiveLocation.Union;
            case SyntaxKind.EnumTypeDefinition:
            case SyntaxKind.EnumTypeExtension: return DirectiveLocation.Enum;
            case SyntaxKind.EnumValueDefinition: return DirectiveLocation.EnumValue;
            case SyntaxKind.InputObjectTypeDefinition:
            case SyntaxKind.InputObjectTypeExtension: return DirectiveLocation.InputObject;
            case SyntaxKind.InputValueDefinition:
                return ancestors.Count > 1 && ancestors[^2].Kind == SyntaxKind.InputObjectTypeDefinition
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition;
            default:
                return null;
        }
    }

    private static bool Contains(IReadOnlyList<DirectiveLocation> locations, DirectiveLocation location)
    {
        for (var i = 0; i < locations.Count; i++)
        {
            if (locations[i] == location)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, IReadOnlyList<DirectiveLocation>> DocumentDirectives(Document document)
    {
        var map = new Dictionary<string, IReadOnlyList<DirectiveLocation>>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is Language.DirectiveDefinition directive)
            {
                map[directive.Name.Value] = directive.Locations;
            }
        }

        return map;
    }
}
