namespace Clues.Sharing.Matching.Model;

/// <summary>A scored candidate pair with the reasons behind its decision, strongest evidence first.</summary>
/// <param name="LeftId">Record id in the left data set.</param>
/// <param name="RightId">Record id in the right data set.</param>
/// <param name="Kind">Person or company.</param>
/// <param name="Score">0 to 1; higher means more likely the same.</param>
/// <param name="Decision">MATCH, REVIEW or NO_MATCH.</param>
/// <param name="Reasons">Short phrases, one per piece of evidence.</param>
/// <param name="DecidedByHuman">True when a recorded human decision set <see cref="Decision"/>.</param>
public sealed record MatchPair(
    string LeftId,
    string RightId,
    EntityKind Kind,
    double Score,
    MatchDecision Decision,
    IReadOnlyList<string> Reasons,
    bool DecidedByHuman = false);
