namespace Clues.Core.Graph;

/// <summary>A relationship reduced to what a drawing or a path needs (no properties).</summary>
public sealed record EdgeRef(string Id, RelType Type, string StartId, string EndId, DateOnly? ValidFrom, DateOnly? ValidTo);
