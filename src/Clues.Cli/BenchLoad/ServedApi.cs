using System.Diagnostics;
using System.Globalization;
using Clues.Api.Diagnostics;
using Clues.Api.Security;
using Clues.Cli.Hosting;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded;
using Clues.Graph.Embedded.Sealing;
using Clues.Seed;

namespace Clues.Cli.BenchLoad;

/// <summary>
/// The real API as its own process (<c>clues serve</c>, Production, security on, no playground, server GC) over a
/// scratch copy of a store, or over a fresh demo store when none is given. A separate process, so a crash shows as
/// an exit, memory is the server's own, and the load generator's allocations are not measured with it. Tokens for
/// any role are issued with the scratch signing key and recorded in the scratch keys folder's tokens.db, the registry
/// the server (started with <c>--keys</c> on that folder) accepts tokens from.
/// </summary>
internal sealed class ServedApi : IAsyncDisposable
{
    private const int KeptLogLines = 400;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly string _scratch;
    private readonly TokenIssuer _issuer;
    private readonly Queue<string> _log = new();
    private readonly Task _drainOut;
    private readonly Task _drainErr;
    private int _failLines;
    private MemoryReport? _memory;

    private ServedApi(Process process, string scratch, TokenIssuer issuer, Uri endpoint, Task drainOut, Task drainErr)
    {
        _process = process;
        _scratch = scratch;
        _issuer = issuer;
        Endpoint = endpoint;
        _drainOut = drainOut;
        _drainErr = drainErr;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>The liveness probe.</summary>
    public Uri Health => new(Endpoint, "/healthz");

    /// <summary>The server's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>The store the server writes to (a scratch copy).</summary>
    public string DataDirectory => Path.Combine(_scratch, "data");

    /// <summary>The server's keys folder (<c>--keys</c>): signing key and the token registry, for <c>clues token</c> against it.</summary>
    public string KeysDirectory => Path.Combine(_scratch, "keys");

    /// <summary>True once the server process has ended (a crash, unless we stopped it).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Log lines at error level ("fail:") the server wrote so far: each is an unexpected exception.</summary>
    public int FailLogLines => Volatile.Read(ref _failLines);

    /// <summary>The demo city (江临市), whose offices see every county of the demo data.</summary>
    public static DivisionCode City { get; } = DivisionCode.Parse("431400");

    /// <summary>Starts the server over a copy of <paramref name="data"/>, or over a new demo store when it is null; <paramref name="serveOptions"/> are added to its command line.</summary>
    public static async Task<ServedApi> StartAsync(DirectoryInfo? data, Action<string> progress, CancellationToken cancellationToken, params string[] serveOptions)
    {
        if (data is not null && !File.Exists(Path.Combine(data.FullName, "graph.db")))
        {
            throw new DirectoryNotFoundException($"{data.FullName} holds no store (graph.db); seed one first with clues seed --preset demo --data {data.FullName}, or leave out --data to use a fresh demo store.");
        }

        var scratch = Path.Combine(Path.GetTempPath(), "clues-served-" + Guid.NewGuid().ToString("N"));
        var storeCopy = Path.Combine(scratch, "data");
        var keys = Path.Combine(scratch, "keys");
        try
        {
            if (data is null)
            {
                progress("Seeding a demo store …");
                await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(storeCopy), null, cancellationToken).ConfigureAwait(false);
                await SeedGenerator.RunAsync(store, new SeedOptions(SeedPreset.Demo), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                progress($"Copying the store at {data.FullName} …");
                CopyStore(data.FullName, storeCopy);
            }

            Directory.CreateDirectory(keys);
            var signing = Path.Combine(keys, "signing.key");
            TokenIssuer.CreateKeyFile(signing);
            SealingKey.CreateFile(Path.Combine(keys, "sealing.key")).Dispose();

            progress("Starting the API (clues serve, Production, server GC) …");
            return await LaunchAsync(scratch, storeCopy, keys, IssuerFor(keys, null), serveOptions, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            DeleteScratch(scratch);
            throw;
        }
    }

    /// <summary>A token for a user of the demo city's office holding <paramref name="role"/>.</summary>
    public string TokenFor(Role role) => _issuer.Issue(UserOf(role), TimeSpan.FromHours(12));

    /// <summary>A token signed with the server's key but issued by <paramref name="clock"/> (a past clock gives an expired token).</summary>
    public string TokenFor(Role role, TimeProvider clock, TimeSpan lifetime) =>
        IssuerFor(KeysDirectory, clock).Issue(UserOf(role), lifetime);

    /// <summary>A token signed with the server's key but recorded nowhere: the server must refuse it as unregistered.</summary>
    public string UnregisteredTokenFor(Role role) =>
        new TokenIssuer(SigningKeyFile.Load(Path.Combine(KeysDirectory, "signing.key"))).Issue(UserOf(role), TimeSpan.FromHours(1));

    /// <summary>A token of the server's that was then revoked (as <c>clues token revoke</c> would), for refusal tests.</summary>
    public async Task<string> RevokedTokenForAsync(Role role, CancellationToken cancellationToken)
    {
        var token = TokenFor(role);
        var registry = TokenRegistry.Open(Path.Combine(KeysDirectory, TokenRegistry.FileName));
        await registry.RevokeTokenAsync(token, "fuzz", "revoked for the fuzzer", DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        return token;
    }

    // The registry the server reads: tokens.db in the folder passed to `clues serve --keys`.
    private static TokenIssuer IssuerFor(string keys, TimeProvider? clock) =>
        TokenIssuer.FromKeyFile(Path.Combine(keys, "signing.key"), TokenRegistry.Open(Path.Combine(keys, TokenRegistry.FileName)), clock);

    /// <summary>A user of the demo city's office holding <paramref name="role"/>.</summary>
    public static Principal UserOf(Role role) =>
        new("load-" + role.ToString().ToLowerInvariant(), "压测" + role, new HashSet<Role> { role }, City, JurisdictionLevel.City);

    /// <summary>The server's latest memory report (every 10 s), or null before the first.</summary>
    public MemoryReport? LatestMemory => Volatile.Read(ref _memory);

    /// <summary>The server's resident memory now, in bytes; 0 once it has exited.</summary>
    public long ResidentBytes()
    {
        try
        {
            // VmRSS is what the kernel holds for the process now; Process.WorkingSet64 reads the same on Linux.
            var status = File.ReadAllLines($"/proc/{_process.Id}/status");
            var line = status.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
            // Not Linux or the process is gone: fall back below.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }

        try
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>The last lines the server wrote (standard output and error), for a failure report.</summary>
    public IReadOnlyList<string> LogTail()
    {
        lock (_log)
        {
            return [.. _log];
        }
    }

    /// <summary>True when the liveness probe answers 200 within <paramref name="timeout"/>.</summary>
    public async Task<bool> IsHealthyAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (HasExited)
        {
            return false;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await client.GetAsync(Health, limit.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            await Task.WhenAll(_drainOut, _drainErr).WaitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or stuck in the kernel: the scratch folder is removed regardless.
        }
        finally
        {
            _process.Dispose();
            DeleteScratch(_scratch);
        }
    }

    private static async Task<ServedApi> LaunchAsync(string scratch, string storeCopy, string keys, TokenIssuer issuer, IEnumerable<string> serveOptions, CancellationToken cancellationToken)
    {
        var dll = typeof(ServedApi).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in new[] { "serve", "--data", storeCopy, "--keys", keys, "--urls", "http://127.0.0.1:0" }.Concat(serveOptions))
        {
            start.ArgumentList.Add(argument);
        }

        // Server GC as `clues serve` would relaunch itself with; marked as relaunched so it serves in this child.
        ServerGcRelaunch.MarkAsServerGcChild(start);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        // Request logs would cost the server more than the requests; unexpected exceptions still log as "fail:".
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        // Memory split into managed heap, SQLite and the rest, to tell data growth from a leak.
        start.Environment["Clues__Diagnostics__MemoryReportSeconds"] = "10";
        start.Environment["Logging__LogLevel__Clues.Api.Diagnostics.MemoryReporter"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName} {dll} serve.");
        var endpointFound = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        ServedApi? served = null;
        var early = new List<string>();

        void Keep(string line)
        {
            if (served is not null)
            {
                served.Remember(line);
                return;
            }

            lock (early)
            {
                early.Add(line);
            }

            const string marker = "GraphQL endpoint: ";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && Uri.TryCreate(line[(at + marker.Length)..].Trim(), UriKind.Absolute, out var uri))
            {
                endpointFound.TrySetResult(uri);
            }
        }

        var drainOut = DrainAsync(process.StandardOutput, Keep);
        var drainErr = DrainAsync(process.StandardError, Keep);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartTimeout);
        try
        {
            var exited = process.WaitForExitAsync(limit.Token);
            var first = await Task.WhenAny(endpointFound.Task, exited).ConfigureAwait(false);
            if (first != endpointFound.Task)
            {
                await exited.ConfigureAwait(false);
                await Task.WhenAll(drainOut, drainErr).ConfigureAwait(false);
                throw new InvalidOperationException($"clues serve exited with code {process.ExitCode} before listening:\n{string.Join('\n', early.TakeLast(40))}");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new TimeoutException($"clues serve did not listen within {StartTimeout.TotalSeconds:0} s:\n{string.Join('\n', early.TakeLast(40))}");
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            throw;
        }

        served = new ServedApi(process, scratch, issuer, await endpointFound.Task.ConfigureAwait(false), drainOut, drainErr);
        lock (early)
        {
            foreach (var line in early)
            {
                served.Remember(line);
            }
        }

        return served;
    }

    private static async Task DrainAsync(StreamReader reader, Action<string> keep)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            keep(line);
        }
    }

    private void Remember(string line)
    {
        if (MemoryReport.TryParse(line, out var memory))
        {
            Volatile.Write(ref _memory, memory);
            return;
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failLines);
        }

        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > KeptLogLines)
            {
                _log.Dequeue();
            }
        }
    }

    /// <summary>The <c>dotnet</c> host that runs this process (tests run under it too), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }

    private static void CopyStore(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // A copy starts unlocked, and with no sealed store or audit log: those belong to the original's keys.
            var name = Path.GetFileName(file);
            if (name == "graph.lock" || name.StartsWith("sealed.db", StringComparison.Ordinal) || name.StartsWith("audit.db", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void DeleteScratch(string scratch)
    {
        try
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
