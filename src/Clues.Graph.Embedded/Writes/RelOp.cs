using Clues.Core.Graph;

namespace Clues.Graph.Embedded.Writes;

/// <summary>One relationship write after validation, with its ends resolved to node slots and its bounds to day numbers.</summary>
internal sealed record RelOp(RelationshipRecord Record, int Slot, bool IsNew, int StartSlot, int EndSlot, int ValidFrom, int ValidTo);
