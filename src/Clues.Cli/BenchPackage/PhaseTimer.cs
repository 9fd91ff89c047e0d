using System.Diagnostics;
using Clues.Handover.Packaging;

namespace Clues.Cli.BenchPackage;

/// <summary>
/// Splits an export's wall-clock and processor time by the phases the exporter reports; time before the first report
/// counts to <c>read</c>. Processor time is the whole process's, which during a benchmark is the exporter's.
/// </summary>
internal sealed class PhaseTimer : IProgress<HandoverPackageProgress>
{
    private readonly Dictionary<string, double> _seconds;
    private readonly Dictionary<string, double> _cpuSeconds;
    private readonly Lock _gate = new();
    private string _phase = "read";
    private long _mark = Stopwatch.GetTimestamp();
    private TimeSpan _cpuMark = Process.GetCurrentProcess().TotalProcessorTime;

    public PhaseTimer(Dictionary<string, double> seconds, Dictionary<string, double> cpuSeconds)
    {
        _seconds = seconds;
        _cpuSeconds = cpuSeconds;
    }

    public void Report(HandoverPackageProgress value)
    {
        // The exporter reports from several threads while it reads.
        lock (_gate)
        {
            if (value.Phase != _phase)
            {
                CloseLocked();
                _phase = value.Phase;
            }
        }
    }

    /// <summary>Adds the time since the last phase change to the current phase.</summary>
    public void Close()
    {
        lock (_gate)
        {
            CloseLocked();
        }
    }

    private void CloseLocked()
    {
        var now = Stopwatch.GetTimestamp();
        _seconds[_phase] = _seconds.GetValueOrDefault(_phase) + Stopwatch.GetElapsedTime(_mark, now).TotalSeconds;
        _mark = now;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _cpuSeconds[_phase] = _cpuSeconds.GetValueOrDefault(_phase) + (cpu - _cpuMark).TotalSeconds;
        _cpuMark = cpu;
    }
}
