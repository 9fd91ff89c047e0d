using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>Where to start tracing money and how far to follow it.</summary>
/// <param name="SourceId">The fund to trace (a Unit or Company that pays may be traced the same way).</param>
/// <param name="MaxDepth">Payment hops to follow, 1 to <see cref="MaxDepthLimit"/>.</param>
/// <param name="Window">When given, only payments made on a day inside it are followed.</param>
public sealed record FundFlowQuery(string SourceId, int MaxDepth = 3, TimeWindow? Window = null)
{
    /// <summary>The deepest trace a request may ask for.</summary>
    public const int MaxDepthLimit = 5;
}
