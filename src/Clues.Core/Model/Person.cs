using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>A person, cadre or not (人员). The national ID number, when known, is checked on entry.</summary>
public sealed record Person(
    string Id,
    string Name,
    Gender Gender,
    DateOnly? BirthDate,
    NationalIdNumber? NationalId,
    PoliticalStatus PoliticalStatus,
    ManagementLevel ManagementLevel) : IGraphNode
{
    /// <summary>True for a cadre (any management level but <see cref="ManagementLevel.None"/>).</summary>
    [JsonIgnore]
    public bool IsCadre => ManagementLevel != ManagementLevel.None;

    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => NationalId is null ? null : new NaturalKey(NaturalKeyKind.NationalId, NationalId.Value);
}
