namespace Clues.Sharing.Exchange.Provenance;

/// <summary>An incoming fact that differs from the local one; the local fact was kept and this records the disagreement.</summary>
/// <param name="SenderId">The node's id at the sending office.</param>
/// <param name="LocalId">The local node whose fact was kept.</param>
/// <param name="Field">The property, e.g. birthDate.</param>
/// <param name="LocalValue">What the local node says (JSON), null when it says nothing.</param>
/// <param name="IncomingValue">What the sender says (JSON), null when it says nothing.</param>
internal sealed record ConflictEntry(string SenderId, string LocalId, string Field, string? LocalValue, string? IncomingValue);
