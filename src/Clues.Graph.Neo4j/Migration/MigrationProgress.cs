namespace Clues.Graph.Neo4j.Migration;

/// <summary>Where a copy stands: the phase, and what has been copied of what the source holds.</summary>
internal sealed record MigrationProgress(string Phase, long NodesCopied, long NodesTotal, long RelationshipsCopied, long RelationshipsTotal);
