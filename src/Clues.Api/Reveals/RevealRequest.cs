namespace Clues.Api.Reveals;

/// <summary>A request to see the sealed reporter identity of one clue (举报人身份查阅申请).</summary>
internal sealed record RevealRequest(
    string Id,
    string ClueId,
    string Office,
    string RequesterId,
    string RequesterName,
    string Reason,
    DateTimeOffset RequestedAt,
    RevealState State,
    string? CustodianId,
    string? CustodianName,
    string? DecisionNote,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ConsumedAt);
