namespace Clues.Cli.BenchMatch;

/// <summary>How big the two synthetic data sets are (records each) and the seed that makes them.</summary>
internal sealed record MatchBenchOptions(int Size, int Seed);
