namespace Clues.Graph.Neo4j.Cypher;

/// <summary>
/// One Cypher statement with a name for error messages and the parameters it reads. The lint test
/// checks every statement with Neo4j's own front end, declaring exactly these parameters.
/// </summary>
internal sealed record CypherStatement(string Name, string Text, params string[] Parameters);
