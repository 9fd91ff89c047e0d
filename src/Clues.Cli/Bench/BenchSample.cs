using System.Globalization;
using Clues.Core.Graph;

namespace Clues.Cli.Bench;

/// <summary>
/// The inputs every peer is given, as dense node indexes into a <see cref="BenchGraph"/>: person
/// centres for the 2-hop neighbourhood and count, person pairs for the shortest path and two-character
/// name fragments for the name search, plus the neighbourhood node limit every peer must apply.
/// Warm-up inputs are drawn separately so the timed calls do not merely replay what the warm-up just
/// cached.
/// </summary>
internal sealed record BenchSample(
    IReadOnlyList<int> Centers,
    IReadOnlyList<(int From, int To)> Pairs,
    IReadOnlyList<string> NameQueries,
    IReadOnlyList<int> WarmupCenters,
    IReadOnlyList<(int From, int To)> WarmupPairs,
    IReadOnlyList<string> WarmupNameQueries)
{
    /// <summary>The port's own default cap (<see cref="NeighborhoodQuery.NodeLimit"/>), which the API uses.</summary>
    public static int DefaultNodeLimit { get; } = new NeighborhoodQuery().NodeLimit;

    /// <summary>
    /// How many nodes (the centre included) a 2-hop neighbourhood takes. It lives with the inputs so
    /// every peer is handed the same cap; tests lower it to make small graphs truncate.
    /// </summary>
    public int NodeLimit
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(NodeLimit), value, "The node limit counts the centre, so it is at least 1.");
    } = DefaultNodeLimit;

    /// <summary>How many untimed calls of each kind precede the timed ones for a given sample size.</summary>
    public static int WarmupCountFor(int samples) => Math.Clamp(samples / 10, 10, 200);

    /// <summary>
    /// Draws <paramref name="samples"/> inputs of each kind from <paramref name="persons"/> (dense
    /// indexes), deterministically for a given seed and person list. Persons are drawn with
    /// replacement so a small graph can still give many samples; pairs always join two different
    /// persons, because a path from a node to itself is trivially 0 long and measures nothing.
    /// </summary>
    public static BenchSample Draw(BenchGraph graph, IReadOnlyList<int> persons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if (persons.Count < 2)
        {
            throw new InvalidOperationException(
                $"The store holds {persons.Count} Person node(s); the benchmark needs at least 2. Seed the store first (clues seed --data DIR).");
        }

        var named = persons.Where(p => !string.IsNullOrWhiteSpace(graph.Names[p])).ToArray();
        if (named.Length == 0)
        {
            throw new InvalidOperationException("No Person node has a name, so there is nothing to search for. Seed the store with named persons.");
        }

        // One generator for everything, in a fixed order, so the same seed gives the same inputs.
        var random = new Random(seed);
        var warmup = WarmupCountFor(samples);
        return new BenchSample(
            Centers: DrawPersons(random, persons, samples),
            Pairs: DrawPairs(random, persons, samples),
            NameQueries: DrawFragments(random, graph, named, samples),
            WarmupCenters: DrawPersons(random, persons, warmup),
            WarmupPairs: DrawPairs(random, persons, warmup),
            WarmupNameQueries: DrawFragments(random, graph, named, warmup));
    }

    /// <summary>
    /// The search text taken from a name: its last two characters (text elements, so a character
    /// outside the BMP counts once), which for a three-character Chinese name is the given name.
    /// A one-character name is used whole.
    /// </summary>
    public static string FragmentOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var starts = StringInfo.ParseCombiningCharacters(trimmed);
        return starts.Length <= 2 ? trimmed : trimmed[starts[^2]..];
    }

    private static int[] DrawPersons(Random random, IReadOnlyList<int> persons, int count)
    {
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = persons[random.Next(persons.Count)];
        }

        return result;
    }

    private static (int, int)[] DrawPairs(Random random, IReadOnlyList<int> persons, int count)
    {
        var result = new (int, int)[count];
        for (var i = 0; i < count; i++)
        {
            var from = random.Next(persons.Count);
            // Drawing from n-1 and skipping over `from` gives a uniform different partner in one go.
            var to = random.Next(persons.Count - 1);
            if (to >= from)
            {
                to++;
            }

            result[i] = (persons[from], persons[to]);
        }

        return result;
    }

    private static string[] DrawFragments(Random random, BenchGraph graph, int[] named, int count)
    {
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = FragmentOf(graph.Names[named[random.Next(named.Length)]]!);
        }

        return result;
    }
}
