namespace Clues.GraphQL.Types;

/// <summary>An interface type: an abstract type whose possible types are the objects implementing it.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Optional resolver from a runtime value to the name of its object type.</summary>
    internal Func<object, string?>? ResolveType { get; set; }
}
