using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>A receiving authority (受理机关): its kind and the level it belongs to.</summary>
public sealed record Body(string Id, string Name, BodyKind Kind, JurisdictionLevel Level) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
