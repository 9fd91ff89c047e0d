namespace Clues.Cli.BenchLoad;

/// <summary>Figures of one kind of request in the measured window (latency from the scheduled start to the last byte).</summary>
internal sealed record LoadKindReport(string Kind, long Requests, long Errors, double P50Ms, double P99Ms, double MaxMs);
