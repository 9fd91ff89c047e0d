namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>What a fuzz run did: documents by outcome, wall time and managed memory growth.</summary>
internal sealed record FuzzReport(int Documents, int SyntaxErrors, int Invalid, int Valid, TimeSpan Elapsed, TimeSpan Slowest, long MemoryGrowthBytes)
{
    public override string ToString()
        => $"{Documents:N0} documents in {Elapsed.TotalSeconds:F1} s ({SyntaxErrors:N0} syntax errors, {Invalid:N0} invalid, {Valid:N0} valid); "
           + $"slowest {Slowest.TotalMilliseconds:F0} ms; managed memory growth {MemoryGrowthBytes / (1024.0 * 1024.0):F1} MiB";
}
