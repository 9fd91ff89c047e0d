namespace Clues.Cli.Fuzz;

/// <summary>The system clock moved by a fixed amount, to issue tokens that are already expired.</summary>
internal sealed class ShiftedTime(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
}
