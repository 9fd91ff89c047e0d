using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>A special or fiscal fund (资金) managed by a unit.</summary>
public sealed record Fund(string Id, string Name, FundKind Kind, decimal Amount, int Year) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
