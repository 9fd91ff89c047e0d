using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>One value of an <see cref="EnumType"/>, with its runtime (CLR) representation.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, string? description, object value)
    {
        Name = name;
        Description = description;
        Value = value;
    }

    /// <summary>The value's name as written in GraphQL, e.g. <c>SOME_VALUE</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>The runtime value: the name itself unless bound (e.g. a CLR enum member via <c>BindEnum</c>).</summary>
    public object Value { get; internal set; }

    /// <summary>The <c>@deprecated</c> reason, or null when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to this value in SDL.</summary>
    public IReadOnlyList<Directive> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition, or null for built-in values.</summary>
    public Language.EnumValueDefinition? Definition { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
