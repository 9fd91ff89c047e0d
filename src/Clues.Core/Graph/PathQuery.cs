namespace Clues.Core.Graph;

/// <summary>
/// A path request: what may be followed, the longest path wanted (1 to <see cref="MaxHopsLimit"/>)
/// and, for path sets, how many paths to return at most.
/// </summary>
public sealed record PathQuery(TraversalFilter? Filter = null, int MaxHops = 6, int Limit = 100)
{
    /// <summary>The longest path any request may ask for.</summary>
    public const int MaxHopsLimit = 12;
}
