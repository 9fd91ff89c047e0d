using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>
/// A post held by a person in a unit over an interval (职务): linked by <see cref="RelType.Holds"/>
/// from the person and <see cref="RelType.PositionIn"/> to the unit, both valid over the same interval.
/// </summary>
public sealed record Position(string Id, string Title, CadreRank Rank, bool LeadingTeamMember, DateOnly Start, DateOnly? End) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Title;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
