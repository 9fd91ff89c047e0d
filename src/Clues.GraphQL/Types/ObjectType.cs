namespace Clues.GraphQL.Types;

/// <summary>An object type: the only concrete output type with fields.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type bound with <c>Bind&lt;T&gt;</c>, used to resolve abstract types; null when unbound.</summary>
    public Type? ClrType { get; internal set; }

    /// <summary>Optional predicate deciding whether a runtime value is of this type (for abstract-type resolution).</summary>
    internal Func<object, bool>? IsTypeOf { get; set; }
}
