using System.Diagnostics;

namespace Clues.Cli.Hosting;

/// <summary>
/// Reports long work on standard error as plain lines (phase, count, percentage, rate), at most
/// about once a second per phase, so it reads well in a terminal and in CI logs alike and never
/// mixes with JSON on standard output.
/// </summary>
internal sealed class PhaseProgress(TextWriter output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private string? _phase;
    private long _phaseStartTicks;
    private long _lastReportTicks;

    public void Report(string phase, long done, long total)
    {
        lock (_gate)
        {
            var now = _clock.ElapsedTicks;
            var newPhase = phase != _phase;
            var finished = total > 0 && done >= total;
            if (!newPhase && !finished && now - _lastReportTicks < Stopwatch.Frequency)
            {
                return;
            }

            if (newPhase)
            {
                _phase = phase;
                _phaseStartTicks = now;
            }

            _lastReportTicks = now;
            var seconds = (now - _phaseStartTicks) / (double)Stopwatch.Frequency;
            var rate = seconds > 0.05 ? $", {done / seconds:N0}/s" : "";
            var share = total > 0 ? $" / {total:N0} ({100.0 * done / total:F0}%)" : "";
            output.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {phase}: {done:N0}{share}{rate}");
        }
    }
}
