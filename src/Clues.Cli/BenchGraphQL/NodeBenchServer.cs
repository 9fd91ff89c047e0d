using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Clues.Cli.Hosting;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// The graphql-js side: <c>node server.mjs</c> (graphql-http's createHandler on node:http) on a free loopback
/// port, fed <see cref="BenchDefinition"/> so it serves the same schema and data as our side.
/// </summary>
internal sealed class NodeBenchServer : IAsyncDisposable
{
    /// <summary>Where <c>server.mjs</c> lives, overriding the search from the build output up to Clues.sln.</summary>
    public const string DirectoryVariable = "CLUES_BENCH_GRAPHQL_NODE_DIR";

    /// <summary>What to run when the packages are missing; the script says the same.</summary>
    public const string InstallHint = "run npm ci --prefix src/Clues.Cli/BenchGraphQL/Node";

    private const string ScriptName = "server.mjs";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly Task _stderrDrain;

    private NodeBenchServer(Process process, Task stderrDrain, Uri endpoint, string graphqlVersion, string nodeVersion)
    {
        _process = process;
        _stderrDrain = stderrDrain;
        Endpoint = endpoint;
        GraphqlVersion = graphqlVersion;
        NodeVersion = nodeVersion;
    }

    public Uri Endpoint { get; }

    /// <summary>graphql-js's own version string, as the server reported it.</summary>
    public string GraphqlVersion { get; }

    public string NodeVersion { get; }

    /// <summary>The folder holding <c>server.mjs</c>: the environment variable, else the repository's copy above the program.</summary>
    public static string? LocateScriptDirectory() => RepositoryFolder.Locate(DirectoryVariable, "src", "Clues.Cli", "BenchGraphQL", "Node");

    /// <summary>Starts the server; throws <see cref="BenchSideException"/> with the fix when it cannot.</summary>
    public static async Task<NodeBenchServer> StartAsync(string? scriptDirectory, CancellationToken cancellationToken)
    {
        scriptDirectory ??= LocateScriptDirectory();
        if (scriptDirectory is null || !File.Exists(Path.Combine(scriptDirectory, ScriptName)))
        {
            throw new BenchSideException(
                $"cannot find {ScriptName} (looked in {scriptDirectory ?? "no folder: Clues.sln not found above " + AppContext.BaseDirectory}); set {DirectoryVariable} to src/Clues.Cli/BenchGraphQL/Node of the repository");
        }

        foreach (var package in new[] { "graphql", "graphql-http" })
        {
            if (!File.Exists(Path.Combine(scriptDirectory, "node_modules", package, "package.json")))
            {
                throw new BenchSideException($"{package} is not installed in {scriptDirectory}: {InstallHint}");
            }
        }

        var node = ChildProcess.NodeExecutable;
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = scriptDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
        };
        start.ArgumentList.Add(Path.Combine(scriptDirectory, ScriptName));
        start.ArgumentList.Add(BenchDefinition.ToPeerConfig());

        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new BenchSideException($"could not start Node.js ('{node}': {e.Message}); install Node 20 or later, or set {ChildProcess.NodeVariable} to its executable");
        }

        var stderrTail = new Queue<string>();
        var drain = DrainAsync(process.StandardError, stderrTail);
        try
        {
            using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            startup.CancelAfter(TimeSpan.FromSeconds(30));
            string? line;
            try
            {
                line = await process.StandardOutput.ReadLineAsync(startup.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new BenchSideException($"node {ScriptName} did not report its port within 30 s: {Tail(stderrTail)}");
            }

            if (line is null)
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                await drain.ConfigureAwait(false);
                throw new BenchSideException($"node {ScriptName} exited with code {process.ExitCode}: {Tail(stderrTail)}");
            }

            using var ready = JsonDocument.Parse(line);
            var port = ready.RootElement.GetProperty("port").GetInt32();
            var version = ready.RootElement.TryGetProperty("graphql", out var v) ? v.GetString() ?? "?" : "?";
            var nodeVersion = ready.RootElement.TryGetProperty("node", out var n) ? n.GetString() ?? "?" : "?";

            // Anything else the script prints would fill the pipe and stall it; nothing is expected.
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            var endpoint = new UriBuilder(Uri.UriSchemeHttp, "127.0.0.1", port, BenchDefinition.Path).Uri;
            return new NodeBenchServer(process, drain, endpoint, version, nodeVersion);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await StopAsync(process).ConfigureAwait(false);
            process.Dispose();
            throw new BenchSideException($"node {ScriptName} did not start as expected ({e.Message}): {Tail(stderrTail)}", e);
        }
        catch
        {
            await StopAsync(process).ConfigureAwait(false);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(_process).ConfigureAwait(false);
        try
        {
            await _stderrDrain.ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The pipe broke as the process went away: nothing left to read.
        }

        _process.Dispose();
    }

    /// <summary>Closing stdin asks the script to exit; a process that ignores it is killed after a grace period.</summary>
    private static async Task StopAsync(Process process)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // It was never started or already reaped: nothing to stop.
        }
    }

    private static async Task DrainAsync(StreamReader reader, Queue<string> tail)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > 5)
                {
                    tail.Dequeue();
                }
            }
        }
    }

    private static string Tail(Queue<string> tail)
    {
        lock (tail)
        {
            return tail.Count == 0 ? "(no output on stderr)" : string.Join(" | ", tail);
        }
    }
}
