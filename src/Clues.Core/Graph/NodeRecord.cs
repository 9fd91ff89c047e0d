using System.Text.Json.Nodes;

namespace Clues.Core.Graph;

/// <summary>
/// A node as the store keeps it. <see cref="Name"/> is what name search finds; <see cref="Key"/> is
/// the optional natural key (see <see cref="NaturalKey"/>), unique across the store.
/// </summary>
public sealed record NodeRecord(string Id, NodeLabel Label, string? Name, NaturalKey? Key, JsonObject Properties);
