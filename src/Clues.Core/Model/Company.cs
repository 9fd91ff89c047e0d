using System.Text.Json.Serialization;
using Clues.Core.Graph;
using Clues.Core.Identifiers;

namespace Clues.Core.Model;

/// <summary>A company (企业), recognised by its unified social credit code. Its legal representative is also a relationship.</summary>
public sealed record Company(string Id, string Name, CreditCode CreditCode, string LegalRepresentative, decimal RegisteredCapital, DateOnly EstablishedOn) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => Name;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => new NaturalKey(NaturalKeyKind.CreditCode, CreditCode.Value);
}
