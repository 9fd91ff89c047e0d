namespace Clues.Cli.BenchLoad;

/// <summary>How far handover items got: clues drafted, and items moved to PROPOSED, FILED and APPROVED.</summary>
internal sealed record HandoverFlow(long CluesRegistered, long CluesDrafted, long ItemsDrafted, long Proposed, long Filed, long Approved);
