namespace Clues.Core.Graph;

/// <summary>A node reduced to what a drawing or a path needs.</summary>
public sealed record NodeRef(string Id, NodeLabel Label, string? Name);
