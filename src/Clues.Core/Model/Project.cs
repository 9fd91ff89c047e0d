using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Model;

/// <summary>A construction or procurement project (项目); its owner unit and contractors are relationships.</summary>
public sealed record Project(string Id, string Name, ProjectKind Kind, decimal Budget, DateOnly Start, DateOnly? End) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
