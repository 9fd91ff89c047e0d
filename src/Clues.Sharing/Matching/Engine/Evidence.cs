namespace Clues.Sharing.Matching.Engine;

/// <summary>One piece of evidence: its weight in points (negative against a match) and the phrase shown to people.</summary>
internal readonly record struct Evidence(double Points, string Reason);
