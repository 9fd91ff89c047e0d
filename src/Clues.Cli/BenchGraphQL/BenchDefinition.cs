using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// The one definition both servers are built from: the SDL, the fixed scalar answers and the shape of the
/// in-memory item tree. The Node peer receives it as JSON (<see cref="ToPeerConfig"/>), so the two sides
/// cannot drift apart.
/// </summary>
internal static class BenchDefinition
{
    public const string Path = "/graphql";

    public const string Sdl = """
        type Query {
          hello: String
          version: Int
          now: String
          items(first: Int = 100): [Item!]!
        }

        type Item {
          id: ID!
          name: String!
          children: [Item!]!
        }
        """;

    public const string Hello = "Hello, world!";

    public const int Version = 1;

    /// <summary>A fixed instant rather than the clock, so both servers answer byte for byte the same.</summary>
    public const string Now = "2025-01-01T00:00:00Z";

    /// <summary>Items per level: 100 top items, 10 children each, 10 grandchildren each (11,100 items in all).</summary>
    public static IReadOnlyList<int> Shape { get; } = [100, 10, 10];

    /// <summary>How many items the tree holds, all levels together.</summary>
    public static int ItemCount
    {
        get
        {
            var total = 0;
            var level = 1;
            foreach (var size in Shape)
            {
                level *= size;
                total += level;
            }

            return total;
        }
    }

    /// <summary>The shape in words, for the report.</summary>
    public static string ShapeDescription => string.Create(
        CultureInfo.InvariantCulture,
        $"3 levels: items (first: 100 → {Shape[0]} top items) → children ({Shape[1]} each) → children ({Shape[2]} each, leaves), " +
        $"each with id and name: {ItemCount:N0} Item objects per response; ids are dotted 1-based paths (\"3.7.2\"), names \"Item \" + id");

    /// <summary>The JSON argument of <c>server.mjs</c>.</summary>
    public static string ToPeerConfig() => new JsonObject
    {
        ["sdl"] = Sdl,
        ["hello"] = Hello,
        ["version"] = Version,
        ["now"] = Now,
        ["shape"] = new JsonArray([.. Shape.Select(s => (JsonNode)s)]),
        ["path"] = Path,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
