namespace Clues.Core.Analysis;

/// <summary>A closed interval of days; a null bound is open (the same convention as relationship validity).</summary>
internal readonly record struct Interval(DateOnly? From, DateOnly? To)
{
    public bool Contains(DateOnly day) => (From is null || From.Value <= day) && (To is null || day <= To.Value);

    public bool IsEmpty => From is { } from && To is { } to && to < from;

    /// <summary>The days both intervals cover (possibly empty).</summary>
    public Interval Intersect(Interval other) => new(Later(From, other.From), Earlier(To, other.To));

    public static Interval Of(Graph.TimeWindow? window) => window is { } w ? new(w.From, w.To) : default;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a.Value >= b.Value ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a.Value <= b.Value ? a : b;
}
