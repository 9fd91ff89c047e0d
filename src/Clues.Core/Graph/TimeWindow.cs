namespace Clues.Core.Graph;

/// <summary>
/// A closed interval of days. A relationship is visible in a window when its validity interval
/// overlaps it; a missing bound on either side is unbounded.
/// </summary>
public readonly record struct TimeWindow(DateOnly? From, DateOnly? To)
{
    /// <summary>The window holding only <paramref name="day"/>: what was true on that day.</summary>
    public static TimeWindow At(DateOnly day) => new(day, day);

    /// <summary>True when a relationship valid from <paramref name="validFrom"/> to <paramref name="validTo"/> overlaps this window.</summary>
    public bool Overlaps(DateOnly? validFrom, DateOnly? validTo) =>
        (To is null || validFrom is null || validFrom.Value <= To.Value)
        && (From is null || validTo is null || validTo.Value >= From.Value);
}
