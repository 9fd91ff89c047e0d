using System.Globalization;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// The processor time one OS thread has used, read from <c>/proc/self/task/TID/stat</c> (Linux). The fuzz bound is
/// about work, not waiting: on a shared two-core machine a thread can wait longer for a core than it computes, and a
/// wall-clock bound then fails documents that are cheap.
/// </summary>
internal sealed class ThreadCpuClock
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux
    private readonly string? _statPath;

    private ThreadCpuClock(string? statPath) => _statPath = statPath;

    /// <summary>The clock of the calling thread, or one that is never available off Linux.</summary>
    public static ThreadCpuClock ForCurrentThread()
    {
        try
        {
            var target = new FileInfo("/proc/thread-self").LinkTarget;
            // The link reads "PID/task/TID", relative to /proc; the stat file there stays valid from any thread.
            return new ThreadCpuClock(target is null ? null : Path.Combine("/proc", target.TrimStart('/'), "stat"));
        }
        catch (IOException)
        {
            return new ThreadCpuClock(null);
        }
    }

    /// <summary>Processor time used so far, or null when it cannot be read.</summary>
    public TimeSpan? Used()
    {
        if (_statPath is null)
        {
            return null;
        }

        try
        {
            var stat = File.ReadAllText(_statPath);
            // Fields after the command name (which may hold spaces) start after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var user = long.Parse(fields[11], CultureInfo.InvariantCulture);
            var system = long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
