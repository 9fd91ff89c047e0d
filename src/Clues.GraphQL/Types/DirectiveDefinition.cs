using System.Diagnostics.CodeAnalysis;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>A directive definition: where it may appear, its arguments, and whether it repeats.</summary>
public sealed class DirectiveDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];
    private readonly Dictionary<string, InputValueDefinition> _argumentsByName = new(StringComparer.Ordinal);

    internal DirectiveDefinition(string name, string? description, bool isRepeatable, IReadOnlyList<DirectiveLocation> locations)
    {
        Name = name;
        Description = description;
        IsRepeatable = isRepeatable;
        Locations = locations;
    }

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = BuiltIn(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        new InputValueDefinition("if", "Included when true.", new NonNullType(ScalarType.Boolean), null));

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = BuiltIn(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        new InputValueDefinition("if", "Skipped when true.", new NonNullType(ScalarType.Boolean), null));

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = BuiltIn(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        new InputValueDefinition(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            ScalarType.String,
            new StringValue(DefaultDeprecationReason)));

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = BuiltIn(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        new InputValueDefinition("url", "The URL that specifies the behavior of this scalar.", new NonNullType(ScalarType.String), null));

    /// <summary><c>@oneOf</c>.</summary>
    public static DirectiveDefinition OneOf { get; } = BuiltIn(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.InputObject]);

    /// <summary>The built-in directives, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>The reason used by <c>@deprecated</c> without arguments.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>True when the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The locations where the directive may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>True for the spec's built-in directives.</summary>
    public bool IsBuiltIn { get; private init; }

    /// <summary>The SDL definition, or null for built-ins.</summary>
    public Language.DirectiveDefinition? Definition { get; internal set; }

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

    /// <summary>True when the directive may appear at <paramref name="location"/>.</summary>
    /// <param name="location">The location.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowedAt(DirectiveLocation location)
    {
        for (var i = 0; i < Locations.Count; i++)
        {
            if (Locations[i] == location)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;

    internal bool AddArgument(InputValueDefinition argument)
    {
        if (!_argumentsByName.TryAdd(argument.Name, argument))
        {
            return false;
        }

        _arguments.Add(argument);
        return true;
    }

    private static DirectiveDefinition BuiltIn(string name, string description, DirectiveLocation[] locations, params InputValueDefinition[] arguments)
    {
        var directive = new DirectiveDefinition(name, description, isRepeatable: false, locations) { IsBuiltIn = true };
        foreach (var argument in arguments)
        {
            directive.AddArgument(argument);
        }

        return directive;
    }
}
