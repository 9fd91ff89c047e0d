using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Decisions;

/// <summary>A person's verdict on a pair; re-runs apply it before anything the matcher computes.</summary>
/// <param name="LeftId">Record id in the left data set.</param>
/// <param name="RightId">Record id in the right data set.</param>
/// <param name="Decision">MATCH or NO_MATCH (REVIEW is not a verdict).</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When, UTC.</param>
/// <param name="Why">The reviewer's reason.</param>
public sealed record HumanDecision(string LeftId, string RightId, MatchDecision Decision, string DecidedBy, DateTimeOffset DecidedAt, string Why);
