namespace Clues.Graph.Neo4j.Http;

/// <summary>What <c>GET /</c> told about the server.</summary>
/// <param name="Version">The <c>neo4j_version</c> it reported, e.g. <c>5.26.0</c> or <c>2025.01.0</c>.</param>
/// <param name="Edition">The <c>neo4j_edition</c> it reported, or empty.</param>
/// <param name="QueryTemplate">The Query API address with <c>{databaseName}</c> in it.</param>
/// <param name="ExplicitTransactions">Whether the Query API offers <c>/tx</c> on this version.</param>
internal sealed record ServerInfo(string Version, string Edition, string QueryTemplate, bool ExplicitTransactions);
