namespace Clues.Api.Tests.Audit;

/// <summary>The system clock moved forward by <see cref="Shift"/>, so that a test can reach a deadline months ahead without waiting.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _shiftTicks;

    public TimeSpan Shift
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));
        set => Interlocked.Exchange(ref _shiftTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
