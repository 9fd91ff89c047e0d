using System.Text.Json.Serialization;
using Clues.Core.Graph;

namespace Clues.Core.Model;

/// <summary>A payment (支付): from a fund, unit or company (<see cref="RelType.PaidFrom"/>) to a company or person (<see cref="RelType.PaidTo"/>).</summary>
public sealed record Payment(string Id, decimal Amount, DateOnly PaidOn, string Purpose, string? VoucherNo) : IGraphNode
{
    /// <inheritdoc />
    [JsonIgnore]
    public string? DisplayName => VoucherNo;

    /// <inheritdoc />
    [JsonIgnore]
    public NaturalKey? Key => null;
}
