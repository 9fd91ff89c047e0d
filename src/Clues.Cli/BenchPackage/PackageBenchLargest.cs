namespace Clues.Cli.BenchPackage;

/// <summary>The biggest package of a benchmark run.</summary>
/// <param name="Recipient">Its recipient.</param>
/// <param name="Items">Items it carries.</param>
/// <param name="Seconds">Seconds its export took.</param>
/// <param name="Bytes">Its size.</param>
internal sealed record PackageBenchLargest(string Recipient, int Items, double Seconds, long Bytes);
