using System.Diagnostics;
using System.Globalization;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.Audit;
using Microsoft.Data.Sqlite;

namespace Clues.Cli.BenchCrash;

/// <summary>
/// Starts a crash child on a data folder, lets it write for a random moment after its stores are open, SIGKILLs it,
/// and checks what it left: every SQLite file passes <c>PRAGMA integrity_check</c>, the audit chain and its signed
/// anchor verify, the graph store opens (its index rebuild refuses dangling relationships), and every write the child
/// acknowledged is there. Then the next child starts on the same folder, as a restarted service would.
/// </summary>
internal static class CrashHarness
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs <see cref="CrashHarnessOptions.Kills"/> kill-and-check rounds, then checks every acknowledgement again.</summary>
    /// <param name="options">Where and how many.</param>
    /// <param name="progress">Receives a line per round.</param>
    /// <param name="cancellationToken">Stops between rounds (a running child is killed).</param>
    /// <returns>The figures.</returns>
    public static async Task<CrashReport> RunAsync(CrashHarnessOptions options, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        if (options.Kills < 1 || options.Workloads.Count == 0)
        {
            throw new ArgumentException("The crash harness needs at least one kill and one workload.", nameof(options));
        }

        var started = Stopwatch.GetTimestamp();
        var data = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(data);
        CrashFixture.EnsureKeys(data);
        var random = new Random(options.Seed);
        var tally = new CrashTally();
        var acknowledged = options.Workloads.Distinct().ToDictionary(w => w, _ => new List<string>());

        // Runs are numbered apart from earlier harness runs on the same folder, so clue ids never repeat.
        var session = DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 1_000_000;
        var nextBatch = ImportWorkload.Check(data, [], tally);
        for (var kill = 0; kill < options.Kills; kill++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var workload = options.Workloads[kill % options.Workloads.Count];
            var delay = TimeSpan.FromTicks((long)(random.NextDouble() * options.MaxDelay.Ticks));
            var run = (session * 10_000) + kill;
            var acks = await RunChildAndKillAsync(workload, data, run, nextBatch, delay, tally, cancellationToken).ConfigureAwait(false);
            acknowledged[workload].AddRange(acks);
            nextBatch = await CheckAsync(data, new Dictionary<CrashWorkload, List<string>> { [workload] = acks }, tally, cancellationToken).ConfigureAwait(false);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"kill {kill + 1}/{options.Kills}: {workload} child killed after {delay.TotalMilliseconds:F0} ms with {acks.Count} acknowledged; losses {tally.Losses}, corrupt {tally.Corruptions}")).ConfigureAwait(false);
        }

        // Once more over everything acknowledged in the whole run: a later crash must not have undone an earlier write.
        await CheckAsync(data, acknowledged, tally, cancellationToken).ConfigureAwait(false);
        return new CrashReport(
            options.Kills,
            acknowledged.ToDictionary(p => p.Key, p => (long)p.Value.Count),
            tally.Losses,
            tally.Corruptions,
            tally.Problems,
            Stopwatch.GetElapsedTime(started));
    }

    private static async Task<List<string>> RunChildAndKillAsync(
        CrashWorkload workload, string data, long run, long nextBatch, TimeSpan delay, CrashTally tally, CancellationToken cancellationToken)
    {
        // The child is this same CLI (`clues bench crash child ...`), run the way this process runs: under the dotnet host
        // with clues.dll, or as the apphost.
        var start = CluesProcess.StartInfo(["bench", "crash", CrashChildCommand.Name, workload.ToString(), data, run.ToString(CultureInfo.InvariantCulture), nextBatch.ToString(CultureInfo.InvariantCulture)]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the crash child {start.FileName} {string.Join(' ', start.ArgumentList)}.");
        var acks = new List<string>();
        var opened = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = child.StandardError.ReadToEndAsync(CancellationToken.None);
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line)
            {
                if (line == CrashFixture.OpenLine)
                {
                    opened.TrySetResult(true);
                }
                else if (line.StartsWith(CrashFixture.AckPrefix, StringComparison.Ordinal))
                {
                    lock (acks)
                    {
                        acks.Add(line[CrashFixture.AckPrefix.Length..]);
                    }
                }
            }

            opened.TrySetResult(false);
        }, CancellationToken.None);

        try
        {
            var open = await opened.Task.WaitAsync(OpenTimeout, cancellationToken).ConfigureAwait(false);
            if (!open)
            {
                tally.Corrupt($"the {workload} child could not open the stores after the previous kill: {(await errors.ConfigureAwait(false)).Trim()}");
                return acks;
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            if (child.HasExited)
            {
                tally.Corrupt($"the {workload} child stopped by itself (exit code {child.ExitCode}): {(await errors.ConfigureAwait(false)).Trim()}");
            }
        }
        finally
        {
            // Process.Kill is SIGKILL on Unix: no finally blocks, no dispose, no flush run in the child.
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }

        // Every ACK line the child wrote before it died is in the pipe; the reader has drained it to the end.
        lock (acks)
        {
            return [.. acks];
        }
    }

    /// <summary>Checks the stores and the given acknowledgements; returns the next import batch number.</summary>
    private static async Task<long> CheckAsync(string data, IReadOnlyDictionary<CrashWorkload, List<string>> acknowledged, CrashTally tally, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.GetFiles(data, "*.db").Order(StringComparer.Ordinal))
        {
            var verdict = IntegrityCheck(file);
            if (!string.Equals(verdict, "ok", StringComparison.Ordinal))
            {
                tally.Corrupt($"{Path.GetFileName(file)} fails integrity_check: {verdict}");
            }
        }

        using (var auditKey = CrashFixture.AuditKeyFor(data))
        {
            var audit = await AuditVerifier.VerifyAsync(Path.Combine(data, "audit.db"), auditKey, cancellationToken).ConfigureAwait(false);
            if (!audit.IsIntact)
            {
                tally.Corrupt($"audit.db does not verify ({audit.Fault}): {audit.Problem}");
            }
        }

        var nextBatch = ImportWorkload.Check(data, acknowledged.GetValueOrDefault(CrashWorkload.Import) ?? [], tally);
        EmbeddedGraphStore store;
        try
        {
            store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(data), null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Core.Graph.GraphStoreException or SqliteException)
        {
            tally.Corrupt($"graph.db does not open after the kill: {e.Message}");
            return nextBatch;
        }

        await using (store.ConfigureAwait(false))
        {
            await ClueWorkload.CheckAsync(data, store, acknowledged.GetValueOrDefault(CrashWorkload.Clue) ?? [], tally, cancellationToken).ConfigureAwait(false);
        }

        await HandoverWorkload.CheckAsync(data, acknowledged.GetValueOrDefault(CrashWorkload.Handover) ?? [], tally, cancellationToken).ConfigureAwait(false);
        return nextBatch;
    }

    private static string IntegrityCheck(string file)
    {
        // Read-write, so a WAL left by the killed child is recovered exactly as the next writer would recover it.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var rows = command.ExecuteReader();
        var lines = new List<string>();
        while (rows.Read() && lines.Count < 5)
        {
            lines.Add(rows.GetString(0));
        }

        return string.Join("; ", lines);
    }
}
