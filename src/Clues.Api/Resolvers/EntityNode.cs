using System.Text.Json;
using Clues.Core.Graph;

namespace Clues.Api.Resolvers;

/// <summary>
/// A node of a label the starter schema has no dedicated type for; served as the GraphQL <c>Entity</c> type. The
/// properties are a <see cref="JsonElement"/>, which the <c>JSON</c> scalar writes as it is.
/// </summary>
internal sealed record EntityNode(string Id, NodeLabel Label, string? Name, JsonElement Properties);
