namespace Clues.Graph.Neo4j.Http;

/// <summary>
/// A value kept as Neo4j's text because .NET has no lossless type for it: Duration, Time, LocalTime,
/// Point (well-known text) and ZonedDateTime with a region.
/// </summary>
internal sealed record CypherText(string Type, string Text);
