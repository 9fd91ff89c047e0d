namespace Clues.Cli.BenchApi;

/// <summary>Everything <c>clues bench api --json</c> prints.</summary>
internal sealed record ApiBenchReport(
    string Data,
    long Nodes,
    long Relationships,
    string Machine,
    IReadOnlyList<ApiLatencyReport> Latency,
    ApiLoadReport Load)
{
    public bool MeetsTargets => Latency.All(l => l.MeetsTarget) && Load.MeetsTarget;
}
