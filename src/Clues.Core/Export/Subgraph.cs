using Clues.Core.Graph;

namespace Clues.Core.Export;

/// <summary>
/// A piece of the graph to hand to another tool or office: full node and relationship records, so the receiver
/// needs no access to our store. Relationships whose ends are not both in <see cref="Nodes"/> are dropped on
/// export, since GraphML and the JSON form cannot point outside the file.
/// </summary>
/// <param name="Nodes">The nodes, in the order they are written.</param>
/// <param name="Relationships">The relationships among them.</param>
public sealed record Subgraph(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships);
