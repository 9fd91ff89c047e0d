using Clues.Cli.Bench;

namespace Clues.Cli.Tests.Bench;

public sealed class LatencyStatsTests
{
    [Fact]
    public void Percentiles_of_one_to_one_hundred_are_the_nearest_ranked_samples()
    {
        // Shuffled on purpose: the summary must sort, not trust the input order.
        var values = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();

        var stats = LatencyStats.FromMilliseconds(values);

        Assert.Equal(100, stats.Count);
        Assert.Equal(50, stats.P50);
        Assert.Equal(99, stats.P99);
        Assert.Equal(1, stats.Percentile(0));
        Assert.Equal(1, stats.Percentile(1));
        Assert.Equal(100, stats.Percentile(100));
        Assert.Equal(50.5, stats.Mean);
        Assert.Equal(100, stats.Max);
    }

    [Fact]
    public void Percentiles_round_the_rank_up_and_never_interpolate()
    {
        // n = 5: p50 is rank ⌈2.5⌉ = 3, p99 is rank ⌈4.95⌉ = 5, p20 is rank exactly 1, p21 is rank 2.
        var stats = LatencyStats.FromMilliseconds([0.4, 0.1, 0.5, 0.3, 0.2]);

        Assert.Equal(0.3, stats.P50);
        Assert.Equal(0.5, stats.P99);
        Assert.Equal(0.1, stats.Percentile(20));
        Assert.Equal(0.2, stats.Percentile(21));
    }

    [Fact]
    public void One_slow_call_in_a_thousand_is_above_p99_but_ten_are_not()
    {
        var oneSlow = Enumerable.Repeat(1.0, 999).Append(500.0).ToArray();
        var tenSlow = Enumerable.Repeat(1.0, 990).Concat(Enumerable.Repeat(500.0, 10)).ToArray();

        Assert.Equal(1.0, LatencyStats.FromMilliseconds(oneSlow).P99);
        Assert.Equal(1.0, LatencyStats.FromMilliseconds(tenSlow).P99);
        Assert.Equal(500.0, LatencyStats.FromMilliseconds(tenSlow).Percentile(99.1));
    }

    [Fact]
    public void A_single_sample_is_every_percentile()
    {
        var stats = LatencyStats.FromMilliseconds([7.25]);

        Assert.Equal(7.25, stats.P50);
        Assert.Equal(7.25, stats.P99);
    }

    [Fact]
    public void No_samples_give_no_number_rather_than_zero()
    {
        var stats = LatencyStats.FromMilliseconds([]);

        Assert.Equal(0, stats.Count);
        Assert.True(double.IsNaN(stats.P50));
    }

    [Fact]
    public void Negative_latencies_and_impossible_percentiles_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyStats.FromMilliseconds([1, -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyStats.FromMilliseconds([1]).Percentile(101));
    }
}
