using System.Diagnostics.CodeAnalysis;

namespace Clues.GraphQL.Types;

/// <summary>An object or interface type: a named type with ordered fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields, in definition order (definition first, then extensions).</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>The interfaces this type declares it implements, in order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Finds a declared field by name (meta fields like <c>__typename</c> are on <see cref="GraphQLSchema.GetFieldDefinition"/>).</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field, or null.</returns>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Finds a declared field by name.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="field">The field when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetField(string name, [NotNullWhen(true)] out FieldDefinition? field) => _fieldsByName.TryGetValue(name, out field);

    /// <summary>True when this type declares (directly) that it implements <paramref name="interfaceType"/>.</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <returns>True when declared.</returns>
    public bool Implements(InterfaceType interfaceType)
    {
        for (var i = 0; i < _interfaces.Count; i++)
        {
            if (ReferenceEquals(_interfaces[i], interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    internal bool AddField(FieldDefinition field)
    {
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }

    internal void AddInterface(InterfaceType interfaceType) => _interfaces.Add(interfaceType);
}
