using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValueDefinition
{
    private GraphQLType? _type;

    internal InputValueDefinition(string name, string? description, GraphQLType? type, ValueNode? defaultValue)
    {
        Name = name;
        Description = description;
        _type = type;
        DefaultValue = defaultValue;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>The input type.</summary>
    public GraphQLType Type
    {
        get => _type ?? throw new InvalidOperationException($"The type of \"{Name}\" has not been resolved yet.");
        internal set => _type = value;
    }

    // The type when resolved; null while building or when the SDL named an unknown type.
    internal GraphQLType? TypeOrNull => _type;

    /// <summary>The default value as the SDL literal, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>True when a default value is defined (possibly the literal <c>null</c>).</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The <c>@deprecated</c> reason, or null when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied in SDL.</summary>
    public IReadOnlyList<Directive> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition, or null for built-ins.</summary>
    public Language.InputValueDefinition? Definition { get; internal set; }

    // The coerced default value, computed once on first use; Undefined when not yet computed.
    internal object? CoercedDefault { get; set; } = Undefined.Value;

    /// <inheritdoc/>
    public override string ToString() => Name + ": " + _type;
}
