using Bogus;

namespace Clues.Seed.Generation;

/// <summary>
/// The only source of randomness in the generator: a thin wrapper over Bogus's seeded
/// <see cref="Randomizer"/> with the few draws the hot loops need, so no call allocates.
/// Each phase gets its own instance (see <see cref="ForPhase"/>) so a change in one phase does not
/// shift the random choices of the phases after it.
/// </summary>
internal sealed class SeedRandom
{
    private readonly Randomizer _random;

    public SeedRandom(int seed) => _random = new Randomizer(seed);

    /// <summary>The generator for one phase of one run: a SplitMix64 step over (seed, phase) keeps streams apart.</summary>
    public static SeedRandom ForPhase(int seed, int phase)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)phase) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new SeedRandom(unchecked((int)(z & 0x7FFF_FFFF)));
    }

    /// <summary>0 to <paramref name="maxExclusive"/> − 1.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : _random.Number(0, maxExclusive - 1);

    /// <summary><paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => max <= min ? min : _random.Number(min, max);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => _random.Double();

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => _random.Double() < p;

    /// <summary>One element of a non-empty list.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A day between the two days, both included.</summary>
    public DateOnly Date(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>An amount of yuan between the bounds, rounded to whole hundreds as budgets and invoices usually are.</summary>
    public decimal Yuan(decimal min, decimal max)
    {
        var value = min + (max - min) * (decimal)_random.Double();
        return decimal.Round(value / 100m, 0, MidpointRounding.ToEven) * 100m;
    }

    /// <summary>An index drawn by weight; <paramref name="cumulative"/> holds running totals of the weights.</summary>
    public int Weighted(IReadOnlyList<double> cumulative)
    {
        var target = _random.Double() * cumulative[^1];
        int lo = 0, hi = cumulative.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (cumulative[mid] > target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>Running totals of <paramref name="weights"/>, for <see cref="Weighted"/>.</summary>
    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var result = new double[weights.Count];
        var total = 0d;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
            result[i] = total;
        }

        return result;
    }

    /// <summary>Shuffles the list in place (Fisher–Yates), deterministically for this generator.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
