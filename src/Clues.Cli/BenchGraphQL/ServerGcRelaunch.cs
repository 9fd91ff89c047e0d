using System.ComponentModel;
using System.Diagnostics;
using System.Runtime;
using Clues.Cli.Hosting;

namespace Clues.Cli.BenchGraphQL;

/// <summary>
/// The CLI runs with workstation GC (right for its other verbs), but a web server in production runs with server
/// GC, the ASP.NET Core Web SDK's default that Clues.Api gets. The GC mode is fixed at process start, so
/// <c>bench graphql</c> runs itself again with <c>DOTNET_gcServer=1</c> to measure our server as deployed.
/// </summary>
internal static class ServerGcRelaunch
{
    /// <summary>Set in the relaunched process, so it never relaunches again.</summary>
    public const string Variable = "CLUES_BENCH_GRAPHQL_RELAUNCHED";

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

        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment[Variable] = "1";
        return start;
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
