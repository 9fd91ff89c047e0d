namespace Clues.Cli.BenchLoad;

/// <summary>The server's resident memory at a moment of the run (seconds since the load started, warm-up included).</summary>
internal sealed record RssSample(int Second, long Bytes);
