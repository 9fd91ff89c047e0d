using Clues.GraphQL.Execution;

namespace Clues.GraphQL.Schema;

/// <summary>Binds resolvers and type resolution to one SDL type; get one from <see cref="SchemaBuilder.Type"/>.</summary>
public sealed class TypeBinding
{
    private readonly SchemaBuilder _builder;

    internal TypeBinding(SchemaBuilder builder, string typeName)
    {
        _builder = builder;
        TypeName = typeName;
    }

    /// <summary>The SDL type name.</summary>
    public string TypeName { get; }

    /// <summary>Binds a synchronous resolver to a field of this type.</summary>
    /// <param name="fieldName">The field name.</param>
    /// <param name="resolver">Computes the value from the context.</param>
    /// <returns>This binding, for chaining.</returns>
    public TypeBinding Field(string fieldName, Func<ResolveContext, object?> resolver)
    {
        _builder.Resolve(TypeName + "." + fieldName, resolver);
        return this;
    }

    /// <summary>Binds a resolver returning a <see cref="ValueTask{TResult}"/> (the allocation-free form).</summary>
    /// <param name="fieldName">The field name.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This binding, for chaining.</returns>
    public TypeBinding Field(string fieldName, FieldResolver resolver)
    {
        _builder.Resolve(TypeName + "." + fieldName, resolver);
        return this;
    }

    /// <summary>Binds an asynchronous resolver to a field of this type.</summary>
    /// <typeparam name="T">The resolved value's type.</typeparam>
    /// <param name="fieldName">The field name.</param>
    /// <param name="resolver">Computes the value; gets the request's cancellation token.</param>
    /// <returns>This binding, for chaining.</returns>
    public TypeBinding Field<T>(string fieldName, Func<ResolveContext, CancellationToken, Task<T>> resolver)
    {
        _builder.Resolve(TypeName + "." + fieldName, resolver);
        return this;
    }

    /// <summary>For an object type: decides whether a runtime value belongs to it (abstract-type resolution).</summary>
    /// <param name="predicate">True when the value is of this type.</param>
    /// <returns>This binding, for chaining.</returns>
    public TypeBinding IsTypeOf(Func<object, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _builder.AddIsTypeOf(TypeName, predicate);
        return this;
    }

    /// <summary>For an interface or union: names the object type of a runtime value (null to fall back to the other rules).</summary>
    /// <param name="resolver">Returns the object type name.</param>
    /// <returns>This binding, for chaining.</returns>
    public TypeBinding ResolveType(Func<object, string?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _builder.AddResolveType(TypeName, resolver);
        return this;
    }
}
