using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Clues.Cli.Hosting;

namespace Clues.Cli.BenchGraphQL;

/// <summary>Runs the wrk load generator against one endpoint with one request body.</summary>
internal sealed class WrkRunner
{
    /// <summary>The wrk executable, when <c>wrk</c> on the PATH is not the one wanted.</summary>
    public const string WrkVariable = "CLUES_WRK";

    public const string InstallHint = "apt-get install -y wrk (Debian/Ubuntu; brew install wrk on macOS), or set CLUES_WRK to its path";

    private readonly string _executable;

    private WrkRunner(string executable, string version)
    {
        _executable = executable;
        Version = version;
    }

    /// <summary>wrk's version line, e.g. "wrk 4.1.0 [epoll] …".</summary>
    public string Version { get; }

    /// <summary>Finds wrk and reads its version; throws <see cref="BenchSideException"/> with the fix when it is missing.</summary>
    public static async Task<WrkRunner> LocateAsync(CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable(WrkVariable);
        var executable = string.IsNullOrWhiteSpace(configured) ? FindOnPath("wrk") : configured;
        if (executable is null || !File.Exists(executable))
        {
            throw new BenchSideException($"wrk not found ({(executable is null ? "not on PATH" : executable + " does not exist")}): {InstallHint}");
        }

        // `wrk -v` prints its version and usage, exiting with status 1.
        var (_, output) = await RunAsync(executable, ["-v"], cancellationToken).ConfigureAwait(false);
        var version = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("wrk ", StringComparison.Ordinal)) ?? "wrk (version unknown)";
        return new WrkRunner(executable, version);
    }

    /// <summary>One run of <paramref name="duration"/>; throws <see cref="BenchSideException"/> when wrk fails or cannot be read.</summary>
    public Task<WrkResult> RunAsync(Uri endpoint, string body, WrkSettings settings, TimeSpan duration, CancellationToken cancellationToken) =>
        RunScriptAsync(endpoint, WrkScript.Create(body), settings, duration, cancellationToken);

    /// <summary>
    /// One run of <paramref name="duration"/> with a script of the caller's (e.g. <see cref="WrkScript.Create(IReadOnlyList{string}, IReadOnlyDictionary{string, string})"/>);
    /// the script must print its summary through the same <c>done</c> hook so the output can be parsed.
    /// </summary>
    public async Task<WrkResult> RunScriptAsync(Uri endpoint, string script, WrkSettings settings, TimeSpan duration, CancellationToken cancellationToken)
    {
        var scriptPath = Path.Combine(Path.GetTempPath(), $"clues-bench-graphql-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(scriptPath, script, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        try
        {
            var (exitCode, output) = await RunAsync(_executable, WrkScript.Arguments(settings, duration, scriptPath, endpoint), cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new BenchSideException($"wrk exited with code {exitCode}: {output.Trim()}");
            }

            try
            {
                return WrkOutputParser.Parse(output);
            }
            catch (FormatException e)
            {
                throw new BenchSideException(e.Message, e);
            }
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new BenchSideException($"could not start wrk ('{executable}': {e.Message}): {InstallHint}");
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await ChildProcess.WaitForExitOrKillAsync(process, cancellationToken).ConfigureAwait(false);

        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }

    private static string? FindOnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
