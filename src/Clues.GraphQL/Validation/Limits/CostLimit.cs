using System.Globalization;
using System.Text.Json;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using FieldDefinition = Clues.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Clues.GraphQL.Types.InputValueDefinition;
using NamedType = Clues.GraphQL.Types.NamedType;

namespace Clues.GraphQL.Validation.Limits;

/// <summary>
/// Refuses operations whose static cost exceeds <see cref="ValidationOptions.MaxCost"/>, following the IBM
/// GraphQL Cost Directive specification (https://ibm.github.io/graphql-specs/cost-spec.html). Weights come from
/// <c>@cost(weight: String!)</c> applied in the schema's SDL to field definitions, argument and input field
/// definitions, and to object, scalar and enum types; list sizes from
/// <c>@listSize(assumedSize, slicingArguments, sizedFields, requireOneSlicingArgument = true)</c> on field definitions.
/// </summary>
/// <remarks>
/// <para>The cost of a field is its argument weights plus <c>size × (weight + cost of its sub-selections)</c>, where:</para>
/// <list type="bullet">
/// <item><description><c>weight</c> is the field's <c>@cost</c>, else the <c>@cost</c> of its named type, else
/// <see cref="ValidationOptions.DefaultMutationFieldCost"/> for root mutation fields,
/// <see cref="ValidationOptions.DefaultCompositeFieldCost"/> for object, interface and union types and
/// <see cref="ValidationOptions.DefaultLeafFieldCost"/> for scalars and enums;</description></item>
/// <item><description><c>size</c> is 1 for a non-list field; for a list field it is the largest slicing argument
/// given (literal, variable value or variable default), else <c>assumedSize</c>, else
/// <see cref="ValidationOptions.DefaultListSize"/>. With <c>sizedFields</c>, the size applies to those child fields
/// instead (the connection pattern).</description></item>
/// </list>
/// <para>Introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) cost nothing: they read the schema, not data.</para>
/// <para>Fragments are expanded in place and their costs memoised; all type conditions are added up, which bounds
/// the cost from above. A field whose <c>@listSize</c> requires exactly one slicing argument and is given none or
/// several is reported too.</para>
/// <para>Arithmetic saturates at <see cref="Saturated"/>: fragment fan-out multiplies costs, and an infinite cost
/// times a list size of 0 would be NaN, which compares as within every budget. A saturated cost is reported as
/// "more than" the limit.</para>
/// </remarks>
internal sealed class CostLimit(ValidationContext context) : OperationLimit(context)
{
    // Far above any int budget, and small enough that the product of two saturated values (1e30) is still finite.
    private const double Saturated = 1e15;

    private readonly Dictionary<string, double> _fragmentCost = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private OperationDefinition? _operation;

    /// <inheritdoc />
    public override string Name => "MaxCost";

    /// <inheritdoc />
    protected override bool Enabled => Context.Options.MaxCost is not null;

    /// <inheritdoc />
    protected override void Measure(OperationDefinition operation)
    {
        _operation = operation;

        // Variables differ per operation, and fragments read them through slicing arguments.
        _fragmentCost.Clear();
        var root = Context.Schema.GetRootType(operation.Operation);
        if (root is null)
        {
            return;
        }

        var max = Context.Options.MaxCost!.Value;
        MeasureFragments(operation.SelectionSet, _fragmentCost.ContainsKey, _inProgress, fragment => _fragmentCost[fragment.Name.Value] = SpreadCost(fragment, false, null, 1));
        var cost = SelectionCost(root, operation.SelectionSet, operation.Operation == OperationType.Mutation, null, 1);
        if (cost > max)
        {
            var shown = cost >= Saturated ? "more than " + max : Math.Ceiling(cost).ToString(CultureInfo.InvariantCulture);
            Report(
                $"{Describe(operation)} has a cost of {shown} (limit MaxCost = {max}). "
                + "Request fewer or smaller lists (e.g. lower \"first\"/\"limit\" arguments), or raise ValidationOptions.MaxCost.",
                operation);
        }
    }

    // sizedFields/sizedSize: when the enclosing field's @listSize names sized fields, their list size.
    private static bool IsIntrospectionField(Field field) =>
        field.Name.Value is "__schema" or "__type" or "__typename";

    private double SelectionCost(NamedType? parentType, SelectionSet selectionSet, bool isMutationRoot, List<string>? sizedFields, double sizedSize)
    {
        // Spreads inside sized fields and at the mutation root are expanded here rather than memoised.
        StackGuard.Ensure();
        double total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case Field field:
                    total = Add(total, FieldCost(parentType, field, isMutationRoot, sizedFields, sizedSize));
                    break;
                case InlineFragment inline:
                    var type = inline.TypeCondition is { } condition ? Context.Schema.FindType(condition.Name.Value) : parentType;
                    total = Add(total, SelectionCost(type, inline.SelectionSet, isMutationRoot, sizedFields, sizedSize));
                    break;
                case FragmentSpread spread:
                    total = Add(total, sizedFields is null && !isMutationRoot
                        ? FragmentCost(spread.Name.Value)
                        : Context.GetFragment(spread.Name.Value) is { } fragment && _inProgress.Add(fragment.Name.Value)
                            ? SpreadCost(fragment, isMutationRoot, sizedFields, sizedSize)
                            : 0);
                    break;
            }
        }

        return total;
    }

    private double SpreadCost(FragmentDefinition fragment, bool isMutationRoot, List<string>? sizedFields, double sizedSize)
    {
        var type = Context.Schema.FindType(fragment.TypeCondition.Name.Value);
        var cost = SelectionCost(type, fragment.SelectionSet, isMutationRoot, sizedFields, sizedSize);
        _inProgress.Remove(fragment.Name.Value);
        return cost;
    }

    // Fragments were measured beforehand; one that is not is unknown or on a cycle, and counts as empty.
    private double FragmentCost(string name) => _fragmentCost.TryGetValue(name, out var known) ? known : 0;

    private double FieldCost(NamedType? parentType, Field field, bool isMutationRoot, List<string>? sizedFields, double sizedSize)
    {
        // Introspection reads the schema, never data: its answer is bounded by the schema's size and its
        // nesting by MaxIntrospectionDepthRule, so it costs nothing. (Priced like data, GraphiQL's standard
        // introspection query comes to over 16,000.) Depth and field-count limits still apply to it.
        if (parentType is null || IsIntrospectionField(field) || Context.Schema.GetFieldDefinition(parentType, field.Name.Value) is not { } definition)
        {
            return 0;
        }

        var namedType = definition.Type.GetNamedType();
        var weight = Weight(definition.AppliedDirectives)
            ?? Weight(namedType.AppliedDirectives)
            ?? (isMutationRoot ? Context.Options.DefaultMutationFieldCost
                : namedType.IsLeafType() ? Context.Options.DefaultLeafFieldCost : Context.Options.DefaultCompositeFieldCost);
        weight = Saturate(weight);

        var cost = ArgumentsCost(definition, field.Arguments);

        double size = 1;
        var listSize = definition.FindAppliedDirective("listSize");
        List<string>? childSized = null;
        double childSize = 1;
        if (listSize is not null && StringList(listSize, "sizedFields") is { Count: > 0 } sized)
        {
            childSized = sized;
            childSize = ListSize(parentType, definition, field, listSize);
        }
        else if (sizedFields is not null && sizedFields.Contains(field.Name.Value))
        {
            size = sizedSize;
        }
        else if (definition.Type.IsListType())
        {
            size = ListSize(parentType, definition, field, listSize);
        }

        var childCost = field.SelectionSet is { } selectionSet
            ? SelectionCost(namedType, selectionSet, false, childSized, childSize)
            : 0;
        return Add(cost, Saturate(Saturate(size) * Add(weight, childCost)));
    }

    private double ArgumentsCost(FieldDefinition definition, IReadOnlyList<Argument> arguments)
    {
        double cost = 0;
        foreach (var argument in arguments)
        {
            if (definition.GetArgument(argument.Name.Value) is { } argumentDefinition)
            {
                cost = Add(cost, Saturate(Weight(argumentDefinition.AppliedDirectives) ?? 0));
                cost = Add(cost, InputCost(argumentDefinition.Type, argument.Value));
            }
        }

        return cost;
    }

    // Weights of input fields given literally inside input objects (e.g. an expensive filter).
    private static double InputCost(GraphQLType type, ValueNode value)
    {
        StackGuard.Ensure();
        switch (value)
        {
            case ObjectValue obj when type.GetNamedType() is InputObjectType inputType:
                double cost = 0;
                foreach (var field in obj.Fields)
                {
                    if (inputType.GetField(field.Name.Value) is { } fieldDefinition)
                    {
                        cost = Add(cost, Add(Saturate(Weight(fieldDefinition.AppliedDirectives) ?? 0), InputCost(fieldDefinition.Type, field.Value)));
                    }
                }

                return cost;
            case ListValue list:
                var itemType = type.GetNullableType() is Types.ListType listType ? listType.OfType : type;
                double total = 0;
                foreach (var item in list.Values)
                {
                    total = Add(total, InputCost(itemType, item));
                }

                return total;
            default:
                return 0;
        }
    }

    private double ListSize(NamedType parentType, FieldDefinition definition, Field field, Directive? listSize)
    {
        if (listSize is not null)
        {
            var slicing = StringList(listSize, "slicingArguments");
            if (slicing is { Count: > 0 })
            {
                double? largest = null;
                var given = 0;
                foreach (var name in slicing)
                {
                    var argument = FindArgument(field.Arguments, name);
                    var value = argument is not null ? IntegerOf(argument.Value) : DefaultOf(definition.GetArgument(name));
                    if (argument is not null)
                    {
                        given++;
                    }

                    if (value is { } v && (largest is null || v > largest))
                    {
                        largest = v;
                    }
                }

                var requireOne = BooleanArgument(listSize, "requireOneSlicingArgument") ?? true;
                if (requireOne && given != 1)
                {
                    Report(
                        $"Field \"{parentType.Name}.{definition.Name}\" must be given exactly one of the slicing arguments "
                        + string.Join(", ", slicing.ConvertAll(static s => "\"" + s + "\""))
                        + $" (it has {given}), as its @listSize(requireOneSlicingArgument: true) requires; the cost limit cannot bound it otherwise.",
                        field);
                }

                if (largest is { } size)
                {
                    return Math.Max(0, size);
                }
            }

            if (IntArgument(listSize, "assumedSize") is { } assumed)
            {
                return Math.Max(0, assumed);
            }
        }

        return Context.Options.DefaultListSize;
    }

    private double? IntegerOf(ValueNode value)
    {
        switch (value)
        {
            case IntValue integer:
                return double.Parse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case Variable variable:
                var name = variable.Name.Value;
                if (Context.Options.VariableValues is { } values && values.TryGetValue(name, out var given))
                {
                    return given switch
                    {
                        int i => i,
                        long l => l,
                        double d => d,
                        decimal m => (double)m,
                        JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetDouble(out var number) => number,
                        _ => null,
                    };
                }

                if (_operation is not null)
                {
                    foreach (var definition in _operation.VariableDefinitions)
                    {
                        if (definition.Variable.Name.Value == name && definition.DefaultValue is IntValue fallback)
                        {
                            return IntegerOf(fallback);
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // Sums and products of saturated values stay finite (at most Saturated squared), so saturating each result
    // keeps every intermediate value finite and never NaN.
    private static double Add(double a, double b) => Saturate(a + b);

    private static double Saturate(double value) => double.IsNaN(value) ? Saturated : Math.Clamp(value, -Saturated, Saturated);

    private static double? DefaultOf(InputValueDefinition? argument)
        => argument?.DefaultValue is IntValue integer
            ? double.Parse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : null;

    private static Argument? FindArgument(IReadOnlyList<Argument> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The <c>weight</c> of an applied <c>@cost</c>, or <see langword="null"/> when absent or unreadable.</summary>
    private static double? Weight(IReadOnlyList<Directive> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "cost")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "weight")
                {
                    continue;
                }

                var text = argument.Value switch
                {
                    StringValue s => s.Value,
                    IntValue i => i.Value,
                    FloatValue f => f.Value,
                    _ => null,
                };
                if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                {
                    return weight;
                }
            }
        }

        return null;
    }

    private static List<string>? StringList(Directive directive, string argumentName)
    {
        if (FindArgument(directive.Arguments, argumentName)?.Value is not { } value)
        {
            return null;
        }

        var result = new List<string>();
        if (value is ListValue list)
        {
            foreach (var item in list.Values)
            {
                if (item is StringValue s)
                {
                    result.Add(s.Value);
                }
            }
        }
        else if (value is StringValue single)
        {
            result.Add(single.Value);
        }

        return result;
    }

    private static double? IntArgument(Directive directive, string argumentName)
        => FindArgument(directive.Arguments, argumentName)?.Value is IntValue integer
            ? double.Parse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : null;

    private static bool? BooleanArgument(Directive directive, string argumentName)
        => FindArgument(directive.Arguments, argumentName)?.Value is BooleanValue boolean ? boolean.Value : null;
}
