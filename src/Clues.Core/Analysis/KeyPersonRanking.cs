namespace Clues.Core.Analysis;

/// <summary>The ranked people and the rule that ordered them.</summary>
/// <param name="Entries">The top people, best first.</param>
/// <param name="Candidates">People in scope with at least one counted clue (the ranking's population).</param>
/// <param name="PersistenceCutoff">The cutoff day used for "clues after cutoff".</param>
/// <param name="OrderingRule">The ordering, in words (see <see cref="KeyPersonRanker.OrderingRule"/>).</param>
public sealed record KeyPersonRanking(IReadOnlyList<KeyPersonEntry> Entries, int Candidates, DateOnly PersistenceCutoff, string OrderingRule);
