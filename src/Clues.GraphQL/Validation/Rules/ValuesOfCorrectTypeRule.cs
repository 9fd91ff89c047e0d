using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using ListType = Clues.GraphQL.Types.ListType;
using NonNullType = Clues.GraphQL.Types.NonNullType;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: every literal must be coercible to the input type expected where it appears,
/// input object literals must give every required field and only known fields, and a <c>@oneOf</c> input object
/// literal must give exactly one field, and not a null literal. (A nullable variable in a <c>@oneOf</c> field is
/// reported by <see cref="VariablesInAllowedPositionRule"/>, as graphql-js does.)
/// </summary>
/// <remarks>
/// Spec: https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type and https://spec.graphql.org/October2021/#sec-Input-Object-Required-Fields
/// (OneOf: https://github.com/graphql/graphql-spec/pull/825).
/// </remarks>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<ListValue>(SyntaxKind.ListValue, list =>
        {
            // A list where no list is expected is checked whole (e.g. against a scalar) and not item by item.
            var type = Context.TypeInfo.ParentInputType?.GetNullableType();
            if (type is ListType)
            {
                return true;
            }

            CheckLeaf(list);
            return false;
        });
        handlers.OnEnterOrSkip<ObjectValue>(SyntaxKind.ObjectValue, CheckObject);
        handlers.OnEnter<ObjectField>(SyntaxKind.ObjectField, field =>
        {
            if (Context.TypeInfo.InputType is null
                && Context.TypeInfo.ParentInputType?.GetNamedType() is InputObjectType parent)
            {
                var names = new List<string>(parent.Fields.Count);
                foreach (var definition in parent.Fields)
                {
                    names.Add(definition.Name);
                }

                var name = field.Name.Value;
                Report(
                    $"Field \"{name}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(name, names)),
                    field);
            }
        });
        handlers.OnEnter<NullValue>(SyntaxKind.NullValue, node =>
        {
            if (Context.TypeInfo.InputType is NonNullType type)
            {
                Report($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
            }
        });
        handlers.OnEnter<ValueNode>(SyntaxKind.EnumValue, CheckLeaf);
        handlers.OnEnter<ValueNode>(SyntaxKind.IntValue, CheckLeaf);
        handlers.OnEnter<ValueNode>(SyntaxKind.FloatValue, CheckLeaf);
        handlers.OnEnter<ValueNode>(SyntaxKind.StringValue, CheckLeaf);
        handlers.OnEnter<ValueNode>(SyntaxKind.BooleanValue, CheckLeaf);
    }

    private bool CheckObject(ObjectValue node)
    {
        if (Context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeaf(node);
            return false;
        }

        // By name; with duplicate names the last one counts (duplicates are UniqueInputFieldNames' business).
        var given = new Dictionary<string, ObjectField>(node.Fields.Count, StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (var definition in type.Fields)
        {
            if (!given.ContainsKey(definition.Name) && definition.IsRequired())
            {
                Report($"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type, given);
        }

        return true;
    }

    private void CheckOneOf(ObjectValue node, InputObjectType type, Dictionary<string, ObjectField> given)
    {
        if (given.Count != 1)
        {
            Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        foreach (var (key, field) in given)
        {
            if (field.Value is NullValue)
            {
                Report($"Field \"{type.Name}.{key}\" must be non-null.", node);
            }
        }
    }

    private void CheckLeaf(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.GetNamedType();
        switch (type)
        {
            case EnumType enumType:
                CheckEnum(node, enumType);
                return;
            case ScalarType scalar:
                CheckScalar(node, scalar, locationType);
                return;
            default:
                Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                return;
        }
    }

    private void CheckEnum(ValueNode node, EnumType type)
    {
        if (node is EnumValue value)
        {
            if (type.GetValue(value.Value) is null)
            {
                Report($"Value \"{value.Value}\" does not exist in \"{type.Name}\" enum." + EnumSuggestion(type, value.Value), node);
            }

            return;
        }

        var text = Printer.Print(node);
        Report($"Enum \"{type.Name}\" cannot represent non-enum value: {text}." + EnumSuggestion(type, text), node);
    }

    private static string EnumSuggestion(EnumType type, string input)
    {
        var names = new List<string>(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.Add(value.Name);
        }

        return Suggestions.DidYouMean(Suggestions.SuggestionList(input, names), "the enum value");
    }

    private void CheckScalar(ValueNode node, ScalarType scalar, GraphQLType locationType)
    {
        string? problem;
        try
        {
            var parsed = scalar.ParseLiteral(node);
            problem = parsed is null || parsed is Undefined ? string.Empty : null;
        }
        catch (GraphQLCoercionException error)
        {
            problem = error.Message;
        }
#pragma warning disable CA1031 // A custom scalar's parser may throw anything; it is reported, not propagated.
        catch (Exception error)
#pragma warning restore CA1031
        {
            problem = error.Message;
        }

        if (problem is null)
        {
            return;
        }

        if (problem.Length == 0)
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
        }
        else if (scalar.IsBuiltIn)
        {
            // The specified scalars' own messages are the whole error, as in graphql-js.
            Report(problem, node);
        }
        else
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {problem}", node);
        }
    }
}
