namespace Clues.Seed.Generation;

/// <summary>
/// Runs the phases in dependency order and streams their chunks. Deterministic: the output depends
/// only on the options (the batch size only decides where batches are cut). <see cref="Scenarios"/>
/// is available once enumeration has finished.
/// </summary>
internal sealed class GraphGenerator
{
    private readonly SeedOptions _options;
    private SeedWorld? _world;
    private bool _completed;

    public GraphGenerator(SeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "BatchSize must be at least 1.");
        }

        _options = options;
    }

    /// <summary>The scenario ids; valid after <see cref="Generate"/> has been enumerated to the end.</summary>
    public SeedScenarios Scenarios =>
        _completed && _world is { } world
            ? world.Scenario.ToScenarios(world.Units)
            : throw new InvalidOperationException("Enumerate Generate() to the end before asking for the scenarios.");

    public long Nodes => _world?.Sink.NodesEmitted ?? 0;

    public long Relationships => _world?.Sink.RelationshipsEmitted ?? 0;

    public IEnumerable<SeedChunk> Generate()
    {
        var world = new SeedWorld(_options);
        _world = world;
        _completed = false;
        SeedPhase[] phases =
        [
            new GeographyPhase(world),
            new UnitPhase(world),
            new ScenarioPhase(world),
            new PeoplePhase(world),
            new CompanyPhase(world),
            new ProjectPhase(world),
            new FundPhase(world),
            new RoundPhase(world),
            new ScenarioCluePhase(world),
            new CluePhase(world),
            new SocialTiePhase(world),
        ];

        // Phases are created up front but run one after another: each reads what the earlier ones registered.
        foreach (var phase in phases)
        {
            foreach (var chunk in phase.Run())
            {
                yield return chunk;
            }
        }

        _completed = true;
    }
}
