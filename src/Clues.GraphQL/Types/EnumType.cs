using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>An enum (leaf) type: a fixed set of named values, each mapped to a runtime value.</summary>
public sealed class EnumType : NamedType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);

    // Runtime value -> definition; rebuilt when values are (re)bound. Boxed CLR enums compare by value.
    private Dictionary<object, EnumValueDefinition>? _byRuntimeValue;

    internal EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <summary>The CLR enum bound with <c>BindEnum</c>, or null.</summary>
    public Type? ClrType { get; internal set; }

    /// <summary>Finds a value by its GraphQL name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The value, or null.</returns>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: the GraphQL name of a runtime value; throws <see cref="GraphQLCoercionException"/>.</summary>
    /// <param name="value">A runtime value (a bound CLR value, or the name itself).</param>
    /// <returns>The GraphQL name.</returns>
    public string Serialize(object value)
    {
        var map = _byRuntimeValue ??= BuildRuntimeMap();
        if (map.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        // Dictionary-shaped parents usually carry the name as a string even when a CLR enum is bound.
        if (value is string s && _byName.TryGetValue(s, out definition))
        {
            return definition.Name;
        }

        throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value (the name as a string); throws <see cref="GraphQLCoercionException"/>.</summary>
    /// <param name="value">The external value.</param>
    /// <returns>The runtime value.</returns>
    public object ParseValue(object value)
    {
        if (value is not string name)
        {
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");
        }

        if (!_byName.TryGetValue(name, out var definition))
        {
            throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
        }

        return definition.Value;
    }

    /// <summary>Input coercion of a literal (an enum value node); throws <see cref="GraphQLCoercionException"/>.</summary>
    /// <param name="literal">The literal.</param>
    /// <returns>The runtime value.</returns>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValue enumValue)
        {
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
        }

        if (!_byName.TryGetValue(enumValue.Value, out var definition))
        {
            throw new GraphQLCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
        }

        return definition.Value;
    }

    internal bool AddValue(EnumValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value))
        {
            return false;
        }

        _values.Add(value);
        _byRuntimeValue = null;
        return true;
    }

    internal void InvalidateRuntimeMap() => _byRuntimeValue = null;

    private Dictionary<object, EnumValueDefinition> BuildRuntimeMap()
    {
        var map = new Dictionary<object, EnumValueDefinition>(_values.Count);
        foreach (var value in _values)
        {
            map.TryAdd(value.Value, value);
        }

        return map;
    }
}
