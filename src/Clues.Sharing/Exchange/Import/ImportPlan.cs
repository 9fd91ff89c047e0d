using Clues.Core.Graph;
using Clues.Sharing.Exchange.Provenance;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Exchange.Import;

/// <summary>What an import will write: one graph batch, its provenance and conflicts, and the pairs for human review.</summary>
internal sealed record ImportPlan(
    GraphBatch Batch,
    IReadOnlyList<ProvenanceEntry> Provenance,
    IReadOnlyList<ConflictEntry> Conflicts,
    IReadOnlyList<MatchPair> ReviewPairs);
