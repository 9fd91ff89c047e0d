using System.Collections.Concurrent;
using System.Reflection;

namespace Clues.Core.Model.Taxonomy;

/// <summary>Chinese labels of taxonomy members, read once from their <see cref="LabelAttribute"/>.</summary>
public static class Labels
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The label of <paramref name="value"/>, or its English name when it has none.</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Cache.GetOrAdd(value, static v =>
            v.GetType().GetField(v.ToString())?.GetCustomAttribute<LabelAttribute>()?.Text ?? v.ToString());
}
