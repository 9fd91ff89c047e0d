using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Sharing.Exchange.Payload;

/// <summary>
/// One person, company, unit, round or clue as the sender keeps it: the sender's id and the node's properties in
/// <see cref="Core.Model.NodeMapper"/> form, so the receiver checks identifiers again when it maps them back.
/// </summary>
/// <param name="SenderId">The node's id in the sending deployment.</param>
/// <param name="Label">Person, Company, Unit, InspectionRound or Clue.</param>
/// <param name="Properties">The properties, without the id.</param>
/// <param name="DivisionCode">For units and rounds: the division code of the jurisdiction they sit in, when known.</param>
/// <param name="Stub">For clues about province-managed cadres: only the registration facts travel, never the content.</param>
internal sealed record ExchangeNode(string SenderId, NodeLabel Label, JsonObject Properties, string? DivisionCode = null, bool Stub = false);
