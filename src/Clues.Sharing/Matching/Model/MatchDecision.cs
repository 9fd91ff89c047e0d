namespace Clues.Sharing.Matching.Model;

/// <summary>The verdict on one candidate pair.</summary>
public enum MatchDecision
{
    /// <summary>The same person or company.</summary>
    Match = 1,

    /// <summary>Possibly the same; a person must decide (the pair goes to the review queue).</summary>
    Review = 2,

    /// <summary>Not the same.</summary>
    NoMatch = 3,
}
