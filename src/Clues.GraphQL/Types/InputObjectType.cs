using System.Diagnostics.CodeAnalysis;

namespace Clues.GraphQL.Types;

/// <summary>An input object type: ordered input fields; with <c>@oneOf</c> exactly one must be given.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    internal InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field, non-null, must be provided.</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>Finds an input field by name.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field, or null.</returns>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds an input field by name.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="field">The field when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetField(string name, [NotNullWhen(true)] out InputValueDefinition? field) => _byName.TryGetValue(name, out field);

    internal bool AddField(InputValueDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }
}
