using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>
/// A problem clue (问题线索). Subjects, round and group are relationships
/// (<see cref="RelType.Concerns"/>, <see cref="RelType.FoundIn"/>, <see cref="RelType.CollectedBy"/>).
/// The reporter's identity is never part of the clue: it is sealed apart, and
/// <see cref="HasSealedReporter"/> only says that one exists.
/// </summary>
public sealed record Clue(
    string Id,
    string Code,
    ClueSource Source,
    DateOnly ReceivedOn,
    string Summary,
    IReadOnlyList<ProblemType> Problems,
    ClueStatus Status,
    IReadOnlyList<string> Evidence,
    bool HasSealedReporter) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Code;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
