using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using NonNullType = Clues.GraphQL.Types.NonNullType;

namespace Clues.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable's type must be compatible with every position it is used in,
/// directly or through fragments. A nullable variable may fill a non-null position only when the variable or
/// the position has a (non-null) default value. A variable filling a field of a <c>@oneOf</c> input object must be
/// of non-null type.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed (OneOf: https://github.com/graphql/graphql-spec/pull/825)</remarks>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinition> _operations = [];

    /// <inheritdoc />
    public override void Register(RuleHandlers handlers)
    {
        handlers.OnEnterOrSkip<OperationDefinition>(SyntaxKind.OperationDefinition, operation =>
        {
            _operations.Add(operation);
            return false;
        });
        handlers.OnLeave<Document>(SyntaxKind.Document, _ =>
        {
            foreach (var operation in _operations)
            {
                Check(operation);
            }
        });
    }

    private void Check(OperationDefinition operation)
    {
        var definitions = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            definitions[definition.Variable.Name.Value] = definition;
        }

        var schema = Context.Schema;
        var usages = Context.GetRecursiveVariableUsages(operation);
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i];
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType || !definitions.TryGetValue(name, out var definition)
                || schema.TypeFromAst(definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
            {
                Report(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Report(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValue;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return Context.Schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return Context.Schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
