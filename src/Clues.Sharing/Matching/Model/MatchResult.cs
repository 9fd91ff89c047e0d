namespace Clues.Sharing.Matching.Model;

/// <summary>What one matching run produced.</summary>
/// <param name="Pairs">MATCH and REVIEW pairs, in left input order, then right input order.</param>
/// <param name="CandidatePairs">Pairs that blocking proposed and the scorer compared.</param>
/// <param name="SkippedBlocks">Blocks larger than <see cref="MatchOptions.MaxBlockSize"/> that were not expanded.</param>
public sealed record MatchResult(IReadOnlyList<MatchPair> Pairs, long CandidatePairs, int SkippedBlocks);
