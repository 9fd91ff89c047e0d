namespace Clues.Handover.Routing;

/// <summary>When a decision may go out.</summary>
public enum RoutingTiming
{
    /// <summary>As soon as it is approved.</summary>
    Immediate = 1,
    /// <summary>Held until the round has ended, then sent with the round's other such items as one batch.</summary>
    AfterRoundEnd,
}
