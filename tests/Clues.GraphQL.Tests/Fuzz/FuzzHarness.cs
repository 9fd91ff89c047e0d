using System.Diagnostics;
using System.Globalization;
using System.Text;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// Runs generated documents through <see cref="Parser"/> and <see cref="DocumentValidator"/> on a dedicated thread
/// while a watchdog checks how long the current document has been running. Fails the test — naming the document —
/// when anything but <see cref="GraphQLSyntaxException"/> escapes, when one document exceeds the time bound, or when
/// managed memory keeps what the run allocated.
/// </summary>
internal static class FuzzHarness
{
    /// <summary>Per-document bound on the worker's processor time: far below any pathological blow-up.</summary>
    public static readonly TimeSpan PerDocumentBound = TimeSpan.FromSeconds(2);

    /// <summary>Per-document bound on wall time, for a worker that blocks instead of computing (a hang).</summary>
    public static readonly TimeSpan PerDocumentWallBound = TimeSpan.FromSeconds(60);

    /// <summary>Managed memory the run may leave behind once collected (schema caches, JIT data, statics).</summary>
    public const long MemoryGrowthBound = 64L * 1024 * 1024;

    public static async Task<FuzzReport> RunAsync(string name, int documents, Func<int, string> generate, CancellationToken cancellationToken)
    {
        var schema = FuzzSchema.Schema;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        // A stack overflow ends the process before any assertion can report, so the document being processed is kept
        // in a breadcrumb file (written through to the OS, which keeps it when the process dies) and its path is
        // announced on stderr, which the test runner prints when the host crashes.
        var breadcrumb = Path.Combine(Path.GetTempPath(), $"clues-fuzz-{name}.last.txt");
        await Console.Error.WriteLineAsync($"fuzz {name}: the document in progress is kept in {breadcrumb}");
        var state = new Progress(breadcrumb);
        var done = new TaskCompletionSource<FuzzReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // A plain thread with the runtime's default stack size, like a server's pool thread: a stack overflow in the
        // engine here is a real finding. Background, so a hung document cannot keep the test host alive.
        var worker = new Thread(() => Work(schema, documents, generate, state, done, stop.Token)) { IsBackground = true, Name = "fuzz-" + name };
        worker.Start();

        while (!done.Task.IsCompleted)
        {
            await Task.WhenAny(done.Task, Task.Delay(50, cancellationToken));
            var started = Volatile.Read(ref state.StartedTimestamp);
            var cpuAtStart = Volatile.Read(ref state.CpuAtStartTicks);
            var clock = state.Clock;
            var cpu = clock?.Used() is { } used && cpuAtStart >= 0 ? used - TimeSpan.FromTicks(cpuAtStart) : (TimeSpan?)null;
            var wall = started != 0 ? Stopwatch.GetElapsedTime(started) : TimeSpan.Zero;

            // Without a readable thread clock (not Linux) wall time is the measure, as before.
            var overCpu = started != 0 && (cpu ?? wall) > PerDocumentBound;
            if ((overCpu || wall > PerDocumentWallBound) && !done.Task.IsCompleted)
            {
                await stop.CancelAsync();
                var document = Volatile.Read(ref state.Current) ?? string.Empty;
                Assert.Fail($"{name}: document #{state.Index} used more than {PerDocumentBound.TotalSeconds:F0} s of processor time (or {PerDocumentWallBound.TotalSeconds:F0} s of wall time) in {state.Stage}.\n{Describe(document)}");
            }
        }

        var report = await done.Task;
        state.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var growth = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        report = report with { MemoryGrowthBytes = growth };
        Assert.True(growth < MemoryGrowthBound, $"{name}: managed memory grew by {growth:N0} bytes over the run (bound {MemoryGrowthBound:N0}). {report}");
        return report;
    }

    private static void Work(GraphQLSchema schema, int documents, Func<int, string> generate, Progress state, TaskCompletionSource<FuzzReport> done, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        state.Clock = ThreadCpuClock.ForCurrentThread();
        int syntaxErrors = 0, invalid = 0, valid = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < documents; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
                return;
            }

            var document = generate(i);
            state.Index = i;
            state.Stage = "Parser.Parse";
            state.LeaveBreadcrumb(i, document);
            Volatile.Write(ref state.Current, document);
            var started = Stopwatch.GetTimestamp();
            Volatile.Write(ref state.CpuAtStartTicks, state.Clock?.Used()?.Ticks ?? -1);
            Volatile.Write(ref state.StartedTimestamp, started);
            try
            {
                Document parsed;
                try
                {
                    parsed = Parser.Parse(document);
                }
                catch (GraphQLSyntaxException)
                {
                    syntaxErrors++;
                    continue;
                }

                state.Stage = "DocumentValidator.Validate";
                if (DocumentValidator.Validate(schema, parsed).Count > 0)
                {
                    invalid++;
                }
                else
                {
                    valid++;
                }
            }
#pragma warning disable CA1031 // Any other exception is the finding; it is reported with the document, not rethrown.
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.TrySetException(new Xunit.Sdk.XunitException(
                    $"document #{i}: {state.Stage} threw {e.GetType().FullName}: {e.Message}\n{Describe(document)}\n{e}"));
                return;
            }
            finally
            {
                Volatile.Write(ref state.StartedTimestamp, 0);
                state.ClearBreadcrumb();
                var took = Stopwatch.GetElapsedTime(started);
                if (took > slowest)
                {
                    slowest = took;
                }
            }
        }

        done.TrySetResult(new FuzzReport(documents, syntaxErrors, invalid, valid, watch.Elapsed, slowest, 0));
    }

    /// <summary>
    /// The offending input, escaped so control characters and lone surrogates survive the failure message, and
    /// saved in full to a temporary file when it is too long to quote.
    /// </summary>
    private static string Describe(string document)
    {
        var escaped = Escape(document.Length <= 4000 ? document : document[..4000]);
        if (document.Length <= 4000)
        {
            return $"Input ({document.Length} chars, C#-escaped): \"{escaped}\"";
        }

        var path = Path.Combine(Path.GetTempPath(), $"clues-fuzz-{Guid.NewGuid():N}.graphql.txt");
        File.WriteAllText(path, Escape(document));
        return $"Input ({document.Length} chars; full text C#-escaped in {path}); first 4000: \"{escaped}\"";
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' && c is not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private sealed class Progress : IDisposable
    {
        private const int BreadcrumbLimit = 256 * 1024;

        private readonly string _breadcrumbPath;
        private FileStream? _breadcrumb;
        private bool _written;

        public Progress(string breadcrumbPath)
        {
            _breadcrumbPath = breadcrumbPath;
        }

        public long StartedTimestamp;
        public long CpuAtStartTicks = -1;
        public volatile ThreadCpuClock? Clock;
        public string? Current;
        public volatile int Index;
        public volatile string Stage = string.Empty;

        // Every document is written (one unbuffered write: a system call, no flush to disk), as any of them may be the
        // one that overflows the stack.
        public void LeaveBreadcrumb(int index, string document)
        {
            _breadcrumb ??= new FileStream(_breadcrumbPath, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
            var truncated = document.Length > BreadcrumbLimit;
            var text = $"document #{index} ({document.Length} chars, C#-escaped{(truncated ? ", truncated" : string.Empty)}):\n"
                + Escape(truncated ? document[..BreadcrumbLimit] : document);
            _breadcrumb.SetLength(0);
            _breadcrumb.Write(Encoding.UTF8.GetBytes(text));
            _written = true;
        }

        public void ClearBreadcrumb()
        {
            if (_written)
            {
                _breadcrumb!.SetLength(0);
                _written = false;
            }
        }

        public void Dispose()
        {
            _breadcrumb?.Dispose();
            File.Delete(_breadcrumbPath);
        }
    }
}
