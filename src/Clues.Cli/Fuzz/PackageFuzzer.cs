using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clues.Handover.Inbox;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Cli.Fuzz;

/// <summary>
/// Judges damaged and forged packages: the verifier must reach a verdict for each (no exception escaping, no hang);
/// a forgery must never verify, and damage may verify only when every file and the manifest are still exactly as
/// signed. A share of them is also offered to the handover inbox, which must take in only valid, new handover
/// packages, refuse a replay as such, and leave nothing behind when it refuses. Now and then a new valid package is
/// made and taken through import and replay, so fresh package ids are exercised throughout.
/// </summary>
internal static class PackageFuzzer
{
    private const int PoolSize = 6;
    private const int FreshEvery = 25;
    private const int MaxSaved = 50;
    private const int MaxSamples = 30;

    public static async Task<PackageFuzzReport> RunAsync(PackageFuzzOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "clues-fuzz-package-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        using var issuer = OfficeSigningKey.Create();
        using var stranger = OfficeSigningKey.Create();
        using var publicKey = issuer.PublicKey();
        try
        {
            var seedRandom = new Random(options.Seed);
            var pool = new PackageSample[PoolSize];
            for (var i = 0; i < PoolSize; i++)
            {
                pool[i] = await PackageSample.CreateAsync(issuer, seedRandom, extraFiles: i * 3, i == PoolSize - 1 ? PackageKind.Exchange : PackageKind.Handover, cancellationToken).ConfigureAwait(false);
            }

            var state = new State(options, publicKey, Path.Combine(scratch, "inbox-data"));
            progress(string.Create(CultureInfo.InvariantCulture, $"Fuzzing the package verifier and the handover inbox for {options.Duration.TotalSeconds:0} s with {options.Workers} workers (seed {options.Seed}) …"));
            var started = Stopwatch.GetTimestamp();
            var deadline = started + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
            var lastProgress = started;
            var workers = Enumerable.Range(0, options.Workers).Select(w => Task.Run(async () =>
            {
                var random = new Random(HashCode.Combine(options.Seed, w));
                var mutator = new PackageMutator(issuer, stranger, random);
                var work = Path.Combine(scratch, $"work-{w}.zip");
                for (var n = 1; Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested; n++)
                {
                    if (n % FreshEvery == 0)
                    {
                        var fresh = await PackageSample.CreateAsync(issuer, random, random.Next(4), PackageKind.Handover, cancellationToken).ConfigureAwait(false);
                        await state.JudgeFreshAsync(fresh, work, cancellationToken).ConfigureAwait(false);
                        lock (pool)
                        {
                            pool[random.Next(PoolSize - 1)] = fresh;
                        }

                        continue;
                    }

                    PackageSample sample;
                    lock (pool)
                    {
                        sample = pool[random.Next(PoolSize)];
                    }

                    var input = mutator.Next(sample);
                    await state.JudgeAsync(input, work, random.NextDouble() < options.ImportShare, cancellationToken).ConfigureAwait(false);
                    if (w == 0 && Stopwatch.GetElapsedTime(lastProgress) > TimeSpan.FromSeconds(60))
                    {
                        lastProgress = Stopwatch.GetTimestamp();
                        progress(state.Progress());
                    }
                }
            }, cancellationToken)).ToList();
            await Task.WhenAll(workers).ConfigureAwait(false);
            return state.Report(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private sealed class State(PackageFuzzOptions options, OfficePublicKey key, string inboxData)
    {
        private readonly ConcurrentDictionary<string, long> _byMutation = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> _byVerdict = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> _byImport = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Guid, bool> _imported = new();
        private readonly SemaphoreSlim _inboxGate = new(1, 1);
        private readonly List<FuzzFailure> _samples = [];
        private readonly HandoverInbox _inbox = new(inboxData);
        private long _inputs;
        private long _failures;
        private long _slowestTicks;
        private int _saved;

        public string Progress() => string.Create(CultureInfo.InvariantCulture, $"  {Interlocked.Read(ref _inputs):N0} packages, {Interlocked.Read(ref _failures)} failures");

        /// <summary>A new valid package must verify, be taken in once, and be refused as a replay the second time.</summary>
        public async Task JudgeFreshAsync(PackageSample fresh, string work, CancellationToken cancellationToken)
        {
            var input = new PackageFuzzInput("freshValid", fresh.Zip, MustRefuse: false, fresh);
            await JudgeAsync(input, work, import: true, cancellationToken).ConfigureAwait(false);
            await JudgeAsync(input with { Kind = "replay" }, work, import: true, cancellationToken).ConfigureAwait(false);
        }

        public async Task JudgeAsync(PackageFuzzInput input, string work, bool import, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _inputs);
            _byMutation.AddOrUpdate(input.Kind, 1, (_, n) => n + 1);
            await File.WriteAllBytesAsync(work, input.Bytes, cancellationToken).ConfigureAwait(false);

            bool valid;
            var started = Stopwatch.GetTimestamp();
            try
            {
                var verifying = Task.Run(() => new PackageVerifier().VerifyFileAsync(work, key, cancellationToken), cancellationToken);
                using var verdict = await verifying.WaitAsync(options.Hang * 3, cancellationToken).ConfigureAwait(false);
                valid = verdict.IsValid;
                _byVerdict.AddOrUpdate(verdict.IsValid ? "valid" : verdict.Problem.ToString(), 1, (_, n) => n + 1);
                if (verdict.IsValid)
                {
                    if (input.MustRefuse)
                    {
                        Fail(input, $"A forged package ({input.Kind}) verified as valid: {verdict.Message}");
                        return;
                    }

                    if (await DifferenceAsync(verdict.Package!, input.Origin, cancellationToken).ConfigureAwait(false) is { } difference)
                    {
                        Fail(input, $"A damaged package ({input.Kind}) verified as valid though {difference}.");
                        return;
                    }
                }
                else if (input.Kind == "freshValid")
                {
                    Fail(input, $"A package just written by PackageWriter was refused ({verdict.Problem}): {verdict.Message}");
                    return;
                }
            }
            catch (TimeoutException)
            {
                Fail(input, $"No verdict within {(options.Hang * 3).TotalSeconds:0} s (hang).");
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Fail(input, $"The verifier threw instead of giving a verdict: {e.GetType().Name}: {e.Message}");
                return;
            }

            var took = Stopwatch.GetElapsedTime(started);
            long seen;
            while (took.Ticks > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, took.Ticks, seen) != seen)
            {
            }

            if (took > options.Hang)
            {
                Fail(input, $"The verdict took {took.TotalSeconds:0.0} s, over the hang threshold of {options.Hang.TotalSeconds:0} s.");
                return;
            }

            if (import)
            {
                await ImportAsync(input, work, valid, cancellationToken).ConfigureAwait(false);
            }
        }

        public PackageFuzzReport Report(double seconds)
        {
            lock (_samples)
            {
                var inputs = Interlocked.Read(ref _inputs);
                return new PackageFuzzReport(
                    options.Seed,
                    Math.Round(seconds, 1),
                    inputs,
                    Math.Round(inputs / Math.Max(seconds, 0.001), 1),
                    Sorted(_byMutation),
                    Sorted(_byVerdict),
                    Sorted(_byImport),
                    Interlocked.Read(ref _failures),
                    [.. _samples],
                    Math.Round(TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks)).TotalMilliseconds, 1),
                    options.FailureDirectory.FullName);
            }
        }

        private static Dictionary<string, long> Sorted(ConcurrentDictionary<string, long> counts) =>
            counts.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);

        /// <summary>How the verified content differs from the sample it was made from, or null when it is the same.</summary>
        private static async Task<string?> DifferenceAsync(VerifiedPackage package, PackageSample origin, CancellationToken cancellationToken)
        {
            if (JsonSerializer.Serialize(package.Manifest) != JsonSerializer.Serialize(origin.Manifest))
            {
                return "its manifest differs from the one signed";
            }

            foreach (var (name, bytes) in origin.Files)
            {
                if (!(await package.ReadAllBytesAsync(name, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
                {
                    return $"{name} differs from the signed file";
                }
            }

            return null;
        }

        private async Task ImportAsync(PackageFuzzInput input, string work, bool valid, CancellationToken cancellationToken)
        {
            // One import at a time: the inbox folder is compared before and after each one.
            await _inboxGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var id = input.Origin.Manifest.PackageId;
                var handover = input.Origin.Kind == PackageKind.Handover;
                var before = Snapshot();
                try
                {
                    var receipt = await _inbox.ImportAsync(work, key, cancellationToken).ConfigureAwait(false);
                    _byImport.AddOrUpdate("received", 1, (_, n) => n + 1);
                    if (!valid || !handover || !_imported.TryAdd(id, true) || receipt.PackageId != id)
                    {
                        Fail(input, $"The inbox took in a package it must refuse (verified {valid}, handover {handover}, package {receipt.PackageId}).");
                    }
                }
                catch (InboxRefusedException e)
                {
                    _byImport.AddOrUpdate("refused:" + e.Refusal, 1, (_, n) => n + 1);
                    var expected = !valid ? InboxRefusal.NotAsSigned : !handover ? InboxRefusal.NotAHandover : _imported.ContainsKey(id) ? InboxRefusal.Replay : (InboxRefusal?)null;
                    if (expected is null)
                    {
                        Fail(input, $"The inbox refused a valid new handover package ({e.Refusal}): {e.Message}");
                    }
                    else if (e.Refusal != expected)
                    {
                        Fail(input, $"The inbox refused the package as {e.Refusal}, expected {expected}: {e.Message}");
                    }
                    else if (Snapshot() is var after && after != before)
                    {
                        Fail(input, $"The inbox refused the package but left something behind: before {before}, after {after}.");
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    Fail(input, $"The inbox threw instead of taking in or refusing: {e.GetType().Name}: {e.Message}");
                }
            }
            finally
            {
                _inboxGate.Release();
            }
        }

        /// <summary>The inbox's folders (staging ones included) and register size, to see that a refusal stored nothing.</summary>
        private string Snapshot()
        {
            var folders = Directory.Exists(_inbox.InboxDirectory) ? Directory.GetDirectories(_inbox.InboxDirectory).Length : 0;
            var register = File.Exists(_inbox.RegisterPath) ? new FileInfo(_inbox.RegisterPath).Length : 0;
            var seen = File.Exists(_inbox.ReplayGuardPath) ? new FileInfo(_inbox.ReplayGuardPath).Length : 0;
            return string.Create(CultureInfo.InvariantCulture, $"{folders} folders, register {register} B, replay guard {seen} B");
        }

        private void Fail(PackageFuzzInput input, string problem)
        {
            Interlocked.Increment(ref _failures);
            string? folder = null;
            var index = Interlocked.Increment(ref _saved);
            if (index <= MaxSaved)
            {
                folder = Path.Combine(options.FailureDirectory.FullName, string.Create(CultureInfo.InvariantCulture, $"{index:D4}-{input.Kind}"));
                Directory.CreateDirectory(folder);
                File.WriteAllBytes(Path.Combine(folder, "package.zip"), input.Bytes);
                File.WriteAllText(Path.Combine(folder, "office.pub"), key.ExportPem());
                File.WriteAllText(Path.Combine(folder, "finding.txt"), $"mutation: {input.Kind}\nproblem: {problem}\n");
            }

            lock (_samples)
            {
                if (_samples.Count < MaxSamples)
                {
                    _samples.Add(new FuzzFailure(input.Kind, problem, folder));
                }
            }
        }
    }
}
