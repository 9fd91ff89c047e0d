using Clues.Core.Analysis;

namespace Clues.Api.Resolvers;

/// <summary>
/// The GraphQL <c>ClueAssessment</c>, stored as the <c>assessment</c> property of the clue's node: the clue record
/// (a closed domain type) is left as it is, and the store keeps properties it does not map.
/// </summary>
internal sealed record ClueAssessmentView(
    Credibility Credibility,
    ClueSeriousness Seriousness,
    string SourceReliability,
    int InformationConfidence,
    string? Note,
    string AssessedBy,
    DateTimeOffset AssessedAt)
{
    /// <summary>The clue node's property that holds the latest assessment.</summary>
    public const string PropertyName = "assessment";
}
