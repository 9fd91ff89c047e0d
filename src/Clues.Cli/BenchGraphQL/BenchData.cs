using System.Globalization;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// The item tree of <see cref="BenchDefinition.Shape"/>, built once and shared by every request, the same way
/// <c>server.mjs</c> builds it: 1-based dotted ids, the deepest level without children.
/// </summary>
internal static class BenchData
{
    private static readonly Lazy<IReadOnlyList<BenchItem>> Tree = new(() => Build(string.Empty, 0));

    public static IReadOnlyList<BenchItem> TopItems => Tree.Value;

    /// <summary>The first <paramref name="first"/> top items, as graphql-js's <c>slice(0, first)</c>.</summary>
    public static IReadOnlyList<BenchItem> Items(int first)
    {
        var top = TopItems;
        return first >= top.Count ? top : top.Take(Math.Max(0, first)).ToArray();
    }

    private static BenchItem[] Build(string prefix, int level)
    {
        if (level >= BenchDefinition.Shape.Count)
        {
            return [];
        }

        var items = new BenchItem[BenchDefinition.Shape[level]];
        for (var i = 0; i < items.Length; i++)
        {
            var id = prefix.Length == 0
                ? (i + 1).ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{prefix}.{i + 1}");
            items[i] = new BenchItem(id, Build(id, level + 1));
        }

        return items;
    }
}
