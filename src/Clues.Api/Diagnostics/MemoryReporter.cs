using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clues.Api.Diagnostics;

/// <summary>Logs a <see cref="MemoryReport"/> every <see cref="MemoryReportOptions.MemoryReportSeconds"/> seconds while the host runs.</summary>
internal sealed partial class MemoryReporter(IOptions<MemoryReportOptions> options, ILogger<MemoryReporter> logger) : BackgroundService
{
    /// <summary>Reads the process's memory now.</summary>
    public static MemoryReport Read()
    {
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var gen2 = background.Index >= blocking.Index ? background : blocking;
        using var process = Process.GetCurrentProcess();

        // SQLite's own allocator total covers every connection's page cache and statement memory in the process.
        return new MemoryReport(
            process.WorkingSet64,
            gc.HeapSizeBytes,
            gen2.HeapSizeBytes,
            gc.TotalCommittedBytes,
            gc.FragmentedBytes,
            SQLitePCL.raw.sqlite3_memory_used(),
            GC.CollectionCount(2),
            GcSettings.Read(),
            (long)GC.GetTotalPauseDuration().TotalMilliseconds,
            ThreadPool.ThreadCount,
            ThreadPool.PendingWorkItemCount);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.MemoryReportSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                LogReport(logger, Read().Format());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private static partial void LogReport(ILogger logger, string report);
}
