using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>A node of a label the starter schema has no dedicated type for; served as the GraphQL <c>Entity</c> type.</summary>
internal sealed record EntityNode(string Id, NodeLabel Label, string? Name, JsonObject Properties);
