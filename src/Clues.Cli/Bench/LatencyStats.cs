namespace Clues.Cli.Bench;

/// <summary>
/// Summary of one peer's latencies for one query kind, in milliseconds.
/// </summary>
/// <remarks>
/// Percentiles use the nearest-rank method: with the n samples sorted ascending and numbered from 1,
/// the p-th percentile is sample number ⌈p/100 × n⌉ (sample 1 when that is 0). Every reported figure
/// is therefore a latency that was actually observed, never an interpolation, and the same rule is
/// applied to every peer (the Kùzu script's raw latencies are re-summarised here too).
/// </remarks>
internal sealed class LatencyStats
{
    private readonly double[] _sorted;

    private LatencyStats(double[] sorted) => _sorted = sorted;

    /// <summary>How many latencies were recorded.</summary>
    public int Count => _sorted.Length;

    /// <summary>Median (nearest rank).</summary>
    public double P50 => Percentile(50);

    /// <summary>99th percentile (nearest rank).</summary>
    public double P99 => Percentile(99);

    /// <summary>Arithmetic mean.</summary>
    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    /// <summary>Slowest call.</summary>
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    /// <summary>Summarises latencies given in milliseconds; the input is copied, not changed.</summary>
    public static LatencyStats FromMilliseconds(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.ToArray();
        foreach (var value in sorted)
        {
            if (double.IsNaN(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(milliseconds), value, "Latencies must be non-negative numbers of milliseconds.");
            }
        }

        Array.Sort(sorted);
        return new LatencyStats(sorted);
    }

    /// <summary>The p-th percentile, 0 ≤ p ≤ 100, by nearest rank; NaN when nothing was recorded.</summary>
    public double Percentile(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile lies between 0 and 100.");
        }

        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        // Rank counts from 1; ⌈p·n/100⌉ is 0 only for p = 0, which means the smallest sample.
        // Multiplying before dividing keeps p·n exact, so 99 × 100 / 100 is 99 and not 99.000…01.
        var rank = (int)Math.Ceiling(p * _sorted.Length / 100.0);
        return _sorted[Math.Clamp(rank, 1, _sorted.Length) - 1];
    }
}
