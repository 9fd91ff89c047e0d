using System.ComponentModel;
using System.Diagnostics;
using System.Runtime;
namespace Clues.Cli.Hosting;

/// <summary>
/// The CLI runs with workstation GC (right for seeding and the other batch verbs: a smaller heap), but a web server
/// runs with server GC, the ASP.NET Core Web SDK's default (about 1.5× the throughput of workstation GC on the mixed
/// analyst load here). The GC mode is fixed at process start, so <c>serve</c>, <c>bench api</c> and
/// <c>bench graphql</c> run themselves again with <c>DOTNET_gcServer=1</c>. How that server GC is tuned (fixed heap
/// count, capped gen-0 budget, conserve memory) is in clues.runtimeconfig.json, set in Clues.Cli.csproj with the measurements behind it.
/// </summary>
internal static class ServerGcRelaunch
{
    /// <summary>Set in the relaunched process, so it never relaunches again.</summary>
    public const string Variable = "CLUES_SERVER_GC_RELAUNCHED";

    /// <summary>Set in the relaunched process to the parent's process id, so a server can stop when its parent is gone.</summary>
    public const string ParentVariable = "CLUES_SERVER_GC_PARENT";

    public static bool IsRelaunched => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>How to start this same command with server GC, or null when already on it or the command line is not known.</summary>
    public static ProcessStartInfo? CreateStartInfo()
    {
        if (GCSettings.IsServerGC || IsRelaunched)
        {
            return null;
        }

        var executable = Environment.ProcessPath;
        var arguments = Environment.GetCommandLineArgs();
        if (executable is null || arguments.Length == 0)
        {
            return null;
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false };

        // Under `dotnet clues.dll …` the host needs the assembly again; an apphost (`clues …`) does not.
        if (string.Equals(Path.GetFileNameWithoutExtension(executable), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(arguments[0]))
            {
                return null;
            }

            start.ArgumentList.Add(arguments[0]);
        }

        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        MarkAsServerGcChild(start);
        return start;
    }

    /// <summary>
    /// Makes <paramref name="start"/> a server-GC child of this process: server GC on, marked as relaunched (so it does
    /// not relaunch again) and told this process's id (so a server stops when this process is gone).
    /// </summary>
    public static void MarkAsServerGcChild(ProcessStartInfo start)
    {
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment[Variable] = "1";
        start.Environment[ParentVariable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs this same command again with server GC and returns its exit code; null when this process already runs
    /// with server GC or could not relaunch (then <paramref name="fallback"/> is written and the caller goes on here).
    /// </summary>
    public static async Task<int?> RunAgainAsync(string? announce, string fallback, CancellationToken cancellationToken)
    {
        if (CreateStartInfo() is not { } relaunch)
        {
            return null;
        }

        if (announce is not null)
        {
            await Console.Error.WriteLineAsync(announce).ConfigureAwait(false);
        }

        if (await RunAsync(relaunch, cancellationToken).ConfigureAwait(false) is { } exitCode)
        {
            return exitCode;
        }

        await Console.Error.WriteLineAsync(fallback).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// In a relaunched process, completes when the parent that started it has exited (even by SIGKILL, which it
    /// cannot forward), so a relaunched server never lingers holding the store's lock and the port; never completes
    /// otherwise.
    /// </summary>
    public static async Task WaitForParentExitAsync(CancellationToken cancellationToken)
    {
        if (!IsRelaunched || !int.TryParse(Environment.GetEnvironmentVariable(ParentVariable), out var parentId))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                using var parent = Process.GetProcessById(parentId);
                if (parent.HasExited)
                {
                    return;
                }
            }
            catch (ArgumentException)
            {
                return;
            }
        }
    }

    /// <summary>Runs the relaunched command with this process's console; null when it could not start.</summary>
    public static async Task<int?> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return null;
        }

        await ChildProcess.WaitForExitOrKillAsync(process, cancellationToken).ConfigureAwait(false);

        return process.ExitCode;
    }
}
