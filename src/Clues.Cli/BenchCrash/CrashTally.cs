namespace Clues.Cli.BenchCrash;

/// <summary>Losses and corruptions found by the checks, with the first few described.</summary>
internal sealed class CrashTally
{
    private const int MaxDescribed = 20;

    private readonly List<string> _problems = [];

    /// <summary>Acknowledged writes not found after a restart.</summary>
    public long Losses { get; private set; }

    /// <summary>Stores or records found damaged (integrity check, torn batch, broken audit chain, store that will not open).</summary>
    public long Corruptions { get; private set; }

    /// <summary>The first problems found, in order.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Records a lost acknowledged write.</summary>
    public void Lost(string what)
    {
        Losses++;
        Describe("LOST " + what);
    }

    /// <summary>Records damage.</summary>
    public void Corrupt(string what)
    {
        Corruptions++;
        Describe("CORRUPT " + what);
    }

    private void Describe(string what)
    {
        if (_problems.Count < MaxDescribed)
        {
            _problems.Add(what);
        }
    }
}
