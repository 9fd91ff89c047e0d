namespace Clues.GraphQL.Types;

/// <summary>A union type: an abstract type whose possible types are its listed member object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = [];

    internal UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in order (definition first, then extensions).</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Optional resolver from a runtime value to the name of its object type.</summary>
    internal Func<object, string?>? ResolveType { get; set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
