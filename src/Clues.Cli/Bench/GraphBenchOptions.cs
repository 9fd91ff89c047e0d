namespace Clues.Cli.Bench;

/// <summary>What <c>clues bench graph</c> was asked to do.</summary>
/// <param name="Samples">Timed calls per query kind and peer.</param>
/// <param name="Seed">Seed for drawing the inputs; the same seed and store give the same inputs.</param>
/// <param name="Peers">Peers to run, in order; the first that answers is the reference for agreement.</param>
/// <param name="OpenMs">How long opening our store took, reported as its load time.</param>
/// <param name="KuzuDirectory">Folder of the Kùzu peer script; null to locate it.</param>
internal sealed record GraphBenchOptions(
    int Samples,
    int Seed,
    IReadOnlyList<string> Peers,
    double? OpenMs = null,
    string? KuzuDirectory = null)
{
    /// <summary>Our store.</summary>
    public const string Clues = "clues";

    /// <summary>SQLite with recursive CTEs.</summary>
    public const string SqliteCte = "sqliteCte";

    /// <summary>Kùzu through Node.js.</summary>
    public const string Kuzu = "kuzu";

    /// <summary>Every peer the benchmark knows, in report order.</summary>
    public static IReadOnlyList<string> AllPeers { get; } = [Clues, SqliteCte, Kuzu];
}
