using Clues.Core.Graph;

namespace Clues.Graph.Neo4j.Traversal;

/// <summary>One relationship seen from one of its nodes: the edge, the node at the other end, and which end we stand on.</summary>
internal sealed record Adjacent(EdgeRef Edge, string Other, bool IsStart, bool IsEnd);
