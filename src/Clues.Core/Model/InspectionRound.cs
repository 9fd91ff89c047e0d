using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>
/// An inspection round (巡察轮次), e.g. the 3rd round of the 7th committee, run by a city or county
/// committee (<see cref="Level"/>) over its jurisdiction.
/// </summary>
public sealed record InspectionRound(string Id, string Name, int Committee, int Number, RoundKind Kind, JurisdictionLevel Level, DateOnly Start, DateOnly End) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
