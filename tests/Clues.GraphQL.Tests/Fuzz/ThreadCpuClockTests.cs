using System.Diagnostics;

namespace Clues.GraphQL.Tests.Fuzz;

public sealed class ThreadCpuClockTests
{
    [Fact]
    public void The_thread_clock_advances_while_the_thread_computes_and_not_while_it_sleeps()
    {
        var clock = ThreadCpuClock.ForCurrentThread();
        var start = clock.Used();
        Assert.NotNull(start); // CI runs on Linux; without the clock the fuzz bound would silently fall back to wall time.

        Thread.Sleep(300);
        var afterSleep = clock.Used()!.Value;
        Assert.True(afterSleep - start!.Value < TimeSpan.FromMilliseconds(100), $"sleeping used {afterSleep - start.Value} of processor time");

        var spin = Stopwatch.StartNew();
        var x = 0L;
        while (clock.Used()!.Value - afterSleep < TimeSpan.FromMilliseconds(50) && spin.Elapsed < TimeSpan.FromSeconds(20))
        {
            x += Environment.TickCount64 % 7;
        }

        Assert.True(clock.Used()!.Value - afterSleep >= TimeSpan.FromMilliseconds(50), $"the clock did not advance while computing ({x})");
    }
}
