using System.Collections;
using Clues.Core.Graph;
using Clues.GraphQL.Execution;

namespace Clues.Api.Resolvers;

/// <summary>Reads the API's recurring arguments (id lists, enum sets, validity windows) from a resolve context.</summary>
internal static class Arguments
{
    /// <summary>A list argument as strings; empty when absent.</summary>
    public static IReadOnlyList<string> Strings(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is IEnumerable items and not string
            ? items.Cast<object?>().Select(i => i?.ToString() ?? "").ToList()
            : [];

    /// <summary>A list-of-enum argument as a set; null when absent (meaning "no restriction").</summary>
    public static IReadOnlySet<TEnum>? EnumSet<TEnum>(ResolveContext context, string name)
        where TEnum : struct, Enum
    {
        if (!context.Arguments.TryGetValue(name, out var value) || value is not IEnumerable items || value is string)
        {
            return null;
        }

        var set = new HashSet<TEnum>();
        foreach (var item in items)
        {
            set.Add(item switch
            {
                TEnum typed => typed,
                // Bound enums arrive as CLR values; the name form is accepted too in case a caller bypasses binding.
                string text => Enum.Parse<TEnum>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                _ => throw new InvalidOperationException($"{name} holds a {item?.GetType().Name}, not a {typeof(TEnum).Name}."),
            });
        }

        return set;
    }

    /// <summary>The validity window of at/from/to arguments (or input fields); null when none is given.</summary>
    public static TimeWindow? Window(DateOnly? at, DateOnly? from, DateOnly? to)
    {
        if (at is not null)
        {
            return from is null && to is null
                ? TimeWindow.At(at.Value)
                : throw UserErrors.Create("Give either at or from/to, not both.");
        }

        if (from is not null && to is not null && from.Value > to.Value)
        {
            throw UserErrors.Create($"from ({from.Value:yyyy-MM-dd}) is after to ({to.Value:yyyy-MM-dd}).");
        }

        return from is null && to is null ? null : new TimeWindow(from, to);
    }

    /// <summary>The window of a <c>ValidityFilter</c> input argument; null when absent.</summary>
    public static TimeWindow? ValidityFilter(ResolveContext context, string name = "filter") =>
        Input(context, name) is { } input ? Window(Date(input, "at"), Date(input, "from"), Date(input, "to")) : null;

    /// <summary>An input-object argument as its field dictionary; null when absent.</summary>
    public static IReadOnlyDictionary<string, object?>? Input(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value as IReadOnlyDictionary<string, object?> : null;

    /// <summary>A Date field of an input object.</summary>
    public static DateOnly? Date(IReadOnlyDictionary<string, object?> input, string field) =>
        input.TryGetValue(field, out var value) && value is DateOnly date ? date : null;

    /// <summary>Keeps the links whose validity overlaps the window (all of them without a window).</summary>
    public static IReadOnlyList<Link> Within(IReadOnlyList<Link> links, TimeWindow? window) =>
        window is { } w ? links.Where(l => w.Overlaps(l.ValidFrom, l.ValidTo)).ToList() : links;
}
