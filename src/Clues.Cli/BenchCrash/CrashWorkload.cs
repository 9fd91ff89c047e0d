namespace Clues.Cli.BenchCrash;

/// <summary>What a crash child writes until it is killed.</summary>
internal enum CrashWorkload
{
    /// <summary>Bulk import: numbered batches of linked nodes into graph.db.</summary>
    Import,

    /// <summary>Clue registration as the API does it: sealed reporter identity (audited), then the clue and its subject link.</summary>
    Clue,

    /// <summary>Handover items drafted and walked through the workflow to CLOSED in handover.db.</summary>
    Handover,
}
