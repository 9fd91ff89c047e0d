namespace Clues.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a <see cref="NamedType"/> or a <see cref="ListType"/> / <see cref="NonNullType"/> wrapper.
/// </summary>
public abstract class GraphQLType
{
    // Only the wrappers and named types of this assembly may derive: the rest of the engine switches on them.
    private protected GraphQLType()
    {
    }

    /// <summary>The kind of this type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The type reference as written in SDL, e.g. <c>[String!]!</c>.</summary>
    /// <returns>The SDL type reference.</returns>
    public abstract override string ToString();
}
