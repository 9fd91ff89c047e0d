using Clues.Api.Diagnostics;
using Clues.Api.Tests.Hosting;

namespace Clues.Api.Tests.Diagnostics;

/// <summary>The periodic memory report: off by default, and when on, a log line the load bench can read back.</summary>
public sealed class MemoryReportTests
{
    [Fact]
    public void A_report_reads_back_from_its_log_line_with_text_around_it()
    {
        var report = new MemoryReport(600_000_000, 300_000_000, 280_000_000, 400_000_000, 12_345, 70_000_000, 17, new GcSettings(true, false, 2, 0, 33_554_432, 9), 1_234, 9, 3);

        Assert.True(MemoryReport.TryParse("      " + report.Format() + " ", out var back));

        Assert.Equal(report, back);
    }

    [Theory]
    [InlineData("info: Something else happened")]
    [InlineData("clues-memory: rss=1 gcHeap=2")]
    [InlineData("clues-memory: rss=x gcHeap=2 gcHeapAfterGen2=2 gcCommitted=3 gcFragmented=4 sqlite=5 gen2=6")]
    public void A_line_that_is_not_a_whole_report_is_not_read_as_one(string line)
    {
        Assert.False(MemoryReport.TryParse(line, out _));
    }

    [Fact]
    public void A_reading_of_this_process_has_a_managed_heap_within_committed_memory_within_resident_memory()
    {
        var report = MemoryReporter.Read();

        Assert.True(report.GcHeap > 0);
        Assert.True(report.GcHeap <= report.GcCommitted + report.GcFragmented, report.Format());
        Assert.True(report.GcCommitted < report.Resident, report.Format());
        Assert.True(report.Sqlite >= 0);
        Assert.Equal(System.Runtime.GCSettings.IsServerGC, report.Gc.Server);
        Assert.Equal(System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch, report.Gc.Concurrent);
        Assert.True(report.Gc.Gen0MaxBudget > 0, report.Format());
        Assert.True(report.PoolThreads > 0 && report.PoolQueued >= 0 && report.GcPauseMilliseconds >= 0, report.Format());
    }

    [Fact]
    public async Task The_server_logs_no_memory_report_unless_asked()
    {
        await using var factory = new EnvironmentApiFactory("Production");
        _ = factory.CreateClient();

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.DoesNotContain(factory.Log.Entries, e => e.Contains(MemoryReport.Marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asked_for_a_report_every_second_the_server_logs_readable_reports_with_the_sqlite_caches_of_its_open_store()
    {
        await using var factory = new EnvironmentApiFactory("Production");
        factory.With("Clues:Diagnostics:MemoryReportSeconds", "1");
        _ = factory.CreateClient();

        var reports = new List<MemoryReport>();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (reports.Count < 2 && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            reports = [.. factory.Log.Entries.Select(e => MemoryReport.TryParse(e, out var r) ? r : null).OfType<MemoryReport>()];
        }

        Assert.True(reports.Count >= 2, string.Join('\n', factory.Log.Entries));
        Assert.All(reports, r => Assert.True(r.Sqlite > 0 && r.GcHeap > 0 && r.Resident > r.GcHeap, r.Format()));
    }

    [Fact]
    public async Task A_negative_report_interval_stops_the_start_naming_the_setting()
    {
        await using var factory = new EnvironmentApiFactory("Production");
        factory.With("Clues:Diagnostics:MemoryReportSeconds", "-5");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MemoryReportSeconds", error.ToString(), StringComparison.Ordinal);
    }
}
