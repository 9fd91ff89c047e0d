namespace Clues.Handover.Tests.Workflow;

/// <summary>A clock the test moves by hand, so round ends and deadlines are reached without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Sets the clock to noon, office time (UTC+8), of <paramref name="day"/>.</summary>
    public void SetDay(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));
}
