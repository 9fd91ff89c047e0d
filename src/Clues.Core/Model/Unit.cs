using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>
/// A unit: party organisation, department, township, village or state firm (单位). Its parent unit
/// and its jurisdiction are relationships (<see cref="RelType.SubordinateTo"/>, <see cref="RelType.InJurisdiction"/>).
/// </summary>
public sealed record Unit(string Id, string Name, UnitKind Kind) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
