using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>An administrative division (行政区划); its parent is a <see cref="RelType.PartOf"/> relationship.</summary>
public sealed record Jurisdiction(string Id, string Name, DivisionCode Code, JurisdictionLevel Level) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => new NaturalKey(NaturalKeyKind.DivisionCode, Code.Value);
}
