using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>
/// The behaviour of an SDL scalar nothing was bound to (graphql-js's default): values pass through unchanged,
/// and literals become plain maps, lists and primitives.
/// </summary>
internal sealed class PassThroughCoercion : ScalarCoercion
{
    public static readonly PassThroughCoercion Instance = new();

    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => UntypedValues.FromLiteral(literal, variables) ?? throw new GraphQLCoercionException("Expected a non-null value.");
}
