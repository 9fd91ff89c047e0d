namespace Clues.Cli.BenchGraphQL;

/// <summary>One node of the bench's item tree, read by the engine's default (property) resolver.</summary>
internal sealed class BenchItem(string id, IReadOnlyList<BenchItem> children)
{
    public string Id { get; } = id;

    public string Name { get; } = "Item " + id;

    public IReadOnlyList<BenchItem> Children { get; } = children;
}
