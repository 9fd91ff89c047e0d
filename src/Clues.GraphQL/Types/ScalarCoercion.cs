using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>
/// The runtime behaviour of a scalar: how internal values are serialized for responses and how inputs
/// (JSON variables and literals) become internal values. Methods throw <see cref="GraphQLCoercionException"/>
/// for values the scalar cannot represent. Instances must be thread-safe and stateless.
/// </summary>
public abstract class ScalarCoercion
{
    /// <summary>The <c>@specifiedBy</c> URL this behaviour implements, used when the SDL gives none.</summary>
    public virtual string? SpecifiedByUrl => null;

    /// <summary>Result coercion: turns a non-null resolved value into a JSON-writable value.</summary>
    /// <param name="value">The resolved value (never null).</param>
    /// <returns>A string, bool, number, or (for JSON-like scalars) a map/list of such.</returns>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a non-null variable value (plain .NET value from JSON).</summary>
    /// <param name="value">The external value (never null).</param>
    /// <returns>The internal value.</returns>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a non-null literal from a document.</summary>
    /// <param name="literal">The literal; never a <see cref="NullValue"/>, and a <see cref="Variable"/> only nested inside lists/objects.</param>
    /// <param name="variables">Coerced variable values, for scalars that accept nested variables (e.g. JSON), or null.</param>
    /// <returns>The internal value.</returns>
    public abstract object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);
}
