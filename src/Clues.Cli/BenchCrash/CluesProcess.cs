using System.Diagnostics;

namespace Clues.Cli.BenchCrash;

/// <summary>Starts this same CLI as a child process, whether it runs as <c>dotnet clues.dll</c> (tests, dotnet run) or as the <c>clues</c> apphost.</summary>
internal static class CluesProcess
{
    /// <summary>A start for <c>clues ARGS</c> with the shell out of the way.</summary>
    /// <param name="arguments">The verb and its arguments.</param>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var dll = typeof(CluesProcess).Assembly.Location;
        var current = Environment.ProcessPath;
        ProcessStartInfo start;
        if (current is not null && !IsDotnetHost(current) && string.Equals(Path.GetFileNameWithoutExtension(current), Path.GetFileNameWithoutExtension(dll), StringComparison.OrdinalIgnoreCase))
        {
            start = new ProcessStartInfo(current);
        }
        else
        {
            // Under the dotnet host (or a test runner) the assembly is passed to the host, as ServedApi does for `clues serve`.
            start = new ProcessStartInfo(current is not null && IsDotnetHost(current) ? current : DotnetOnPath());
            start.ArgumentList.Add(dll);
        }

        start.UseShellExecute = false;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static bool IsDotnetHost(string path) => Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    private static string DotnetOnPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
