using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using NamedType = Clues.GraphQL.Types.NamedType;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: every selected field must be defined on the parent type (or be a meta-field). The error
/// suggests inline fragments on possible types that have the field, else similarly named fields.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-Field-Selections</remarks>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
        => handlers.OnEnter<Field>(SyntaxKind.Field, field =>
        {
            if (Context.TypeInfo.ParentType is not { } parent || Context.TypeInfo.FieldDef is not null)
            {
                return;
            }

            var name = field.Name.Value;
            var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parent, name), "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parent, name));
            }

            Report($"Cannot query field \"{name}\" on type \"{parent.Name}\"." + suggestion, field);
        });

    // Object and interface types that could be spread here and define the field: interfaces shared by many such
    // objects first, then an interface before its sub-interfaces, then by name.
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<ComplexType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            if (usage.TryAdd(possible.Name, 1))
            {
                suggested.Add(possible);
            }

            foreach (var implemented in possible.Interfaces)
            {
                if (implemented.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryGetValue(implemented.Name, out var count))
                {
                    usage[implemented.Name] = count + 1;
                }
                else
                {
                    usage[implemented.Name] = 1;
                    suggested.Add(implemented);
                }
            }
        }

        var ordered = new (ComplexType Type, int Index)[suggested.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (suggested[i], i);
        }

        Array.Sort(ordered, (a, b) =>
        {
            var diff = usage[b.Type.Name] - usage[a.Type.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a.Type is InterfaceType && schema.IsSubType(a.Type, b.Type))
            {
                return -1;
            }

            if (b.Type is InterfaceType && schema.IsSubType(b.Type, a.Type))
            {
                return 1;
            }

            var natural = Suggestions.NaturalCompare(a.Type.Name, b.Type.Name);
            return natural != 0 ? natural : a.Index - b.Index;
        });

        var names = new List<string>(ordered.Length);
        foreach (var (suggestedType, _) in ordered)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.SuggestionList(fieldName, names);
    }
}
