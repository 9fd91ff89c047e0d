using Clues.Core.Graph;

namespace Clues.Sharing.Exchange.Provenance;

/// <summary>Where one local node's exchanged facts came from: which office said it, under which id, in which package, and what the import did.</summary>
/// <param name="SenderId">The node's id at the sending office.</param>
/// <param name="LocalId">The local node it became or was linked to.</param>
/// <param name="Label">Its label.</param>
/// <param name="Action">Created, linked, review or known.</param>
/// <param name="Score">The matcher's score for linked and review nodes.</param>
/// <param name="Reasons">The matcher's reasons, strongest first.</param>
internal sealed record ProvenanceEntry(string SenderId, string LocalId, NodeLabel Label, ProvenanceAction Action, double? Score, IReadOnlyList<string> Reasons);
