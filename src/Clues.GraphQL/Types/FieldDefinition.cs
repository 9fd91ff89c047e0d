using System.Diagnostics.CodeAnalysis;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    private static readonly Dictionary<string, InputValueDefinition> NoArguments = new(0);

    private readonly List<InputValueDefinition> _arguments = [];
    private Dictionary<string, InputValueDefinition> _argumentsByName = NoArguments;
    private GraphQLType? _type;

    internal FieldDefinition(string name, string? description, GraphQLType? type)
    {
        Name = name;
        Description = description;
        _type = type;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>The output type.</summary>
    public GraphQLType Type
    {
        get => _type ?? throw new InvalidOperationException($"The type of field \"{Name}\" has not been resolved yet.");
        internal set => _type = value;
    }

    // The type when resolved; null while building or when the SDL named an unknown type.
    internal GraphQLType? TypeOrNull => _type;

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>The <c>@deprecated</c> reason, or null when not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied in SDL, e.g. <c>@cost</c> or <c>@listSize</c>.</summary>
    public IReadOnlyList<Directive> AppliedDirectives { get; internal set; } = [];

    /// <summary>The SDL definition, or null for built-ins.</summary>
    public Language.FieldDefinition? Definition { get; internal set; }

    /// <summary>The type declaring this field.</summary>
    public ComplexType? DeclaringType { get; internal set; }

    /// <summary>The bound resolver, or null to use the default property resolver.</summary>
    public FieldResolver? Resolver { get; internal set; }

    // Per-field cache of the default resolver's compiled accessor for the last CLR parent type seen.
    internal PropertyAccessorCache AccessorCache { get; } = new();

    /// <summary>Finds an argument by name.</summary>
    /// <param name="name">The argument name.</param>
    /// <returns>The argument, or null.</returns>
    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    /// <summary>Finds an argument by name.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="argument">The argument when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetArgument(string name, [NotNullWhen(true)] out InputValueDefinition? argument)
        => _argumentsByName.TryGetValue(name, out argument);

    /// <summary>Finds the first applied directive with <paramref name="name"/>, e.g. <c>cost</c>.</summary>
    /// <param name="name">The directive name without <c>@</c>.</param>
    /// <returns>The applied directive, or null.</returns>
    public Directive? FindAppliedDirective(string name)
    {
        var directives = AppliedDirectives;
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return directives[i];
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => (DeclaringType?.Name ?? "?") + "." + Name;

    internal bool AddArgument(InputValueDefinition argument)
    {
        if (ReferenceEquals(_argumentsByName, NoArguments))
        {
            _argumentsByName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        }

        if (!_argumentsByName.TryAdd(argument.Name, argument))
        {
            return false;
        }

        _arguments.Add(argument);
        return true;
    }
}
