namespace Clues.Sharing.Matching.Decisions;

/// <summary>A REVIEW pair waiting for a person.</summary>
/// <param name="LeftId">Record id in the left data set.</param>
/// <param name="RightId">Record id in the right data set.</param>
/// <param name="Score">The matcher's score.</param>
/// <param name="Reasons">The matcher's reasons.</param>
/// <param name="QueuedAt">When the run that queued it finished, UTC.</param>
public sealed record ReviewItem(string LeftId, string RightId, double Score, IReadOnlyList<string> Reasons, DateTimeOffset QueuedAt);
