namespace Clues.Cli.Tests.Fuzz;

/// <summary>
/// The timed fuzz and load runs: each starts a server or saturates the CPU for tens of seconds, and a hang threshold
/// is judged, so they run one at a time and apart from the other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyRunsCollection
{
    public const string Name = "Fuzz and load runs";
}
