namespace Clues.GraphQL.Types;

/// <summary>Classification helpers over <see cref="GraphQLType"/>, named as in the spec and graphql-js.</summary>
public static class GraphQLTypeExtensions
{
    /// <summary>True for scalars, enums and input objects (and wrappers of them).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when an input type.</returns>
    public static bool IsInputType(this GraphQLType type) => GetNamedType(type) is ScalarType or EnumType or InputObjectType;

    /// <summary>True for scalars, objects, interfaces, unions and enums (and wrappers of them).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when an output type.</returns>
    public static bool IsOutputType(this GraphQLType type) => GetNamedType(type) is ScalarType or ComplexType or UnionType or EnumType;

    /// <summary>True for an unwrapped scalar or enum.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when a leaf type.</returns>
    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    /// <summary>True for an unwrapped object, interface or union.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when composite.</returns>
    public static bool IsCompositeType(this GraphQLType type) => type is ComplexType or UnionType;

    /// <summary>True for an unwrapped interface or union.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when abstract.</returns>
    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>True for list and non-null wrappers.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when a wrapper.</returns>
    public static bool IsWrappingType(this GraphQLType type) => type is ListType or NonNullType;

    /// <summary>True for a non-null type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when non-null.</returns>
    public static bool IsNonNullType(this GraphQLType type) => type is NonNullType;

    /// <summary>True for a list type (possibly wrapped in non-null).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True when a list.</returns>
    public static bool IsListType(this GraphQLType type) => GetNullableType(type) is ListType;

    /// <summary>An argument or input field is required when it is non-null and has no default.</summary>
    /// <param name="value">The argument or input field.</param>
    /// <returns>True when required.</returns>
    public static bool IsRequired(this InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    /// <summary>Strips every list and non-null wrapper.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The named type.</returns>
    public static NamedType GetNamedType(this GraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException("Unknown type kind.", nameof(type));
            }
        }
    }

    /// <summary>Strips one non-null wrapper, if present.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The nullable type.</returns>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>Structural equality of two type references (same named types, same wrappers).</summary>
    /// <param name="typeA">A type.</param>
    /// <param name="typeB">A type.</param>
    /// <returns>True when equal.</returns>
    public static bool IsEqualType(this GraphQLType typeA, GraphQLType typeB)
    {
        while (true)
        {
            if (ReferenceEquals(typeA, typeB))
            {
                return true;
            }

            switch (typeA)
            {
                case NonNullType nonNullA when typeB is NonNullType nonNullB:
                    typeA = nonNullA.OfType;
                    typeB = nonNullB.OfType;
                    break;
                case ListType listA when typeB is ListType listB:
                    typeA = listA.OfType;
                    typeB = listB.OfType;
                    break;
                default:
                    return false;
            }
        }
    }
}
