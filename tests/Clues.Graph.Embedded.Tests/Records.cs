using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Tests;

/// <summary>Short constructors for test records.</summary>
internal static class Records
{
    public static NodeRecord Node(string id, NodeLabel label = NodeLabel.Person, string? name = null, NaturalKey? key = null, JsonObject? props = null) =>
        new(id, label, name, key, props ?? []);

    public static RelationshipRecord Rel(string id, RelType type, string start, string end, DateOnly? from = null, DateOnly? to = null, JsonObject? props = null) =>
        new(id, type, start, end, from, to, props ?? []);

    public static GraphBatch Batch(IEnumerable<NodeRecord>? nodes = null, IEnumerable<RelationshipRecord>? rels = null) =>
        new() { Nodes = [.. nodes ?? []], Relationships = [.. rels ?? []] };

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (T item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
