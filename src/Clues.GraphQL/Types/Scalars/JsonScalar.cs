using System.Text.Json;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types.Scalars;

/// <summary>
/// <c>JSON</c>: any JSON value. Inputs become plain maps (<see cref="IReadOnlyDictionary{TKey, TValue}"/>), lists,
/// strings, numbers and booleans; object literals may contain variables. Output writes maps, lists and
/// primitives (and <see cref="JsonElement"/>) as they are.
/// </summary>
public sealed class JsonScalar : ScalarCoercion
{
    /// <inheritdoc/>
    public override object Serialize(object value) => value;

    /// <inheritdoc/>
    public override object ParseValue(object value) => value is JsonElement element ? JsonValues.ToPlain(element) ?? value : value;

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => UntypedValues.FromLiteral(literal, variables) ?? throw new GraphQLCoercionException("JSON cannot represent a null literal here.");
}
