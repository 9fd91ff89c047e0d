using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Sharing.Exchange.Payload;

/// <summary>A relationship between two nodes of the package, named by their sender ids.</summary>
internal sealed record ExchangeRelationship(RelType Type, string StartId, string EndId, DateOnly? ValidFrom, DateOnly? ValidTo, JsonObject Properties);
