using Clues.GraphQL.Language;
using Clues.GraphQL.Types.Scalars;

namespace Clues.GraphQL.Types;

/// <summary>A scalar (leaf) type; its <see cref="Coercion"/> defines serialization and input parsing.</summary>
public sealed class ScalarType : NamedType
{
    internal ScalarType(string name, ScalarCoercion coercion, string? description = null)
        : base(name, description)
    {
        Coercion = coercion;
    }

    /// <summary>The built-in <c>Int</c>: a signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new("Int", new IntCoercion(),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    { IsBuiltIn = true };

    /// <summary>The built-in <c>Float</c>: a finite double-precision number.</summary>
    public static ScalarType Float { get; } = new("Float", new FloatCoercion(),
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    { IsBuiltIn = true };

    /// <summary>The built-in <c>String</c>: UTF-8 text.</summary>
    public static ScalarType String { get; } = new("String", new StringCoercion(),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    { IsBuiltIn = true };

    /// <summary>The built-in <c>Boolean</c>.</summary>
    public static ScalarType Boolean { get; } = new("Boolean", new BooleanCoercion(),
        "The `Boolean` scalar type represents `true` or `false`.")
    { IsBuiltIn = true };

    /// <summary>The built-in <c>ID</c>: accepts strings and integers, serializes as a string.</summary>
    public static ScalarType ID { get; } = new("ID", new IdCoercion(),
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    { IsBuiltIn = true };

    /// <summary>The five scalars every schema has, in spec order.</summary>
    public static IReadOnlyList<ScalarType> SpecifiedScalars { get; } = [String, Int, Float, Boolean, ID];

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The behaviour that serializes and parses values of this scalar.</summary>
    public ScalarCoercion Coercion { get; internal set; }

    /// <summary>The <c>@specifiedBy(url:)</c> of this scalar, or null.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Result coercion of a non-null value; throws <see cref="GraphQLCoercionException"/>.</summary>
    /// <param name="value">The resolved value.</param>
    /// <returns>The JSON-writable value.</returns>
    public object Serialize(object value) => Coercion.Serialize(value);

    /// <summary>Input coercion of a non-null variable value; throws <see cref="GraphQLCoercionException"/>.</summary>
    /// <param name="value">The external value.</param>
    /// <returns>The internal value.</returns>
    public object ParseValue(object value) => Coercion.ParseValue(value);

    /// <summary>Input coercion of a non-null literal; throws <see cref="GraphQLCoercionException"/>.</summary>
    /// <param name="literal">The literal.</param>
    /// <param name="variables">Coerced variables for nested variable references, or null.</param>
    /// <returns>The internal value.</returns>
    public object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        => Coercion.ParseLiteral(literal, variables);
}
