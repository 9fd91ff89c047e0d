using System.Text.Json.Nodes;

namespace Clues.Core.Graph;

/// <summary>
/// A relationship as the store keeps it, with its validity interval (inclusive days; null is unbounded).
/// Its id is chosen by the writer so that writing the same relationship again updates it.
/// </summary>
public sealed record RelationshipRecord(
    string Id,
    RelType Type,
    string StartId,
    string EndId,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    JsonObject Properties);
