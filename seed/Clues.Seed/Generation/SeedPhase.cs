namespace Clues.Seed.Generation;

/// <summary>
/// One step of generation. A phase is an iterator: it adds records to the shared sink and yields a
/// chunk whenever the sink holds a full batch, so the whole graph never sits in memory at once.
/// Each phase draws from its own random stream (<see cref="SeedWorld.RandomFor"/>).
/// </summary>
internal abstract class SeedPhase
{
    protected SeedPhase(SeedWorld world, int number, string name)
    {
        World = world;
        Random = world.RandomFor(number);
        Name = name;
    }

    public string Name { get; }

    protected SeedWorld World { get; }

    protected SeedRandom Random { get; }

    protected BatchSink Sink => World.Sink;

    public abstract IEnumerable<SeedChunk> Run();

    /// <summary>Cuts what the sink holds into a chunk reporting <paramref name="done"/> of <paramref name="total"/> items.</summary>
    protected SeedChunk Cut(long done, long total) => new(Sink.Flush(), Name, done, total);
}
