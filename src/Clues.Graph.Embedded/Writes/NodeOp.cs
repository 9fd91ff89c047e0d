using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Writes;

/// <summary>One node write after validation: which slot it lands in and whether it is new.</summary>
internal sealed record NodeOp(NodeRecord Record, int Slot, bool IsNew, string? KeyText);
