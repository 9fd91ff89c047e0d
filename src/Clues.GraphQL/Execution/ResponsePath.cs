namespace Clues.GraphQL.Execution;

/// <summary>An immutable linked path into the response: field keys and list indices.</summary>
internal sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index, int depth)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    public string? Key { get; }

    public int Index { get; }

    public int Depth { get; }

    public static ResponsePath Root(string key) => new(null, key, -1, 1);

    public ResponsePath Append(string key) => new(this, key, -1, Depth + 1);

    public ResponsePath Append(int index) => new(this, null, index, Depth + 1);

    public static ResponsePath Append(ResponsePath? parent, string key) => parent is null ? Root(key) : parent.Append(key);

    /// <summary>The segments root first: strings for field keys, boxed ints for list indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var node = this;
        for (var i = Depth - 1; i >= 0 && node is not null; i--, node = node.Parent)
        {
            segments[i] = node.Key ?? (object)node.Index;
        }

        return segments;
    }

    public override string ToString() => string.Join(".", ToList());
}
