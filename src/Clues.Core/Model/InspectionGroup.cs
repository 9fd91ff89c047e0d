using System.Text.Json.Serialization;
using Clues.Core.Graph;

namespace Clues.Core.Model;

/// <summary>An inspection group (巡察组) working in one round.</summary>
public sealed record InspectionGroup(string Id, string Name, int Number, string LeaderName) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
