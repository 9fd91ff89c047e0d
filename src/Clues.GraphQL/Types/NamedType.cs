using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private readonly List<Directive> _appliedDirectives = [];

    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>Directives applied to the type in SDL (definition first, then extensions), e.g. <c>@oneOf</c>.</summary>
    public IReadOnlyList<Directive> AppliedDirectives => _appliedDirectives;

    /// <summary>The SDL definition this type was built from, or null for built-in types.</summary>
    public TypeDefinition? Definition { get; internal set; }

    /// <summary>True for the spec's scalars and the introspection types, which every schema shares by name.</summary>
    public bool IsBuiltIn { get; internal init; }

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Name;

    internal void AddAppliedDirectives(IReadOnlyList<Directive> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            _appliedDirectives.Add(directives[i]);
        }
    }
}
