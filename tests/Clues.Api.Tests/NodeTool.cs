using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Clues.Api.Tests;

/// <summary>
/// Runs the Node drivers in <c>Audits/</c>. Missing prerequisites fail the test with the command that fixes them;
/// they are never skipped, so CI cannot go green without running the audits.
/// </summary>
public static class NodeTool
{
    public static string TestsDirectory { get; } =
        typeof(NodeTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CluesApiTestsDirectory").Value!;

    public static string AuditsDirectory => Path.Combine(TestsDirectory, "Audits");

    /// <summary>The repository's TestResults folder (ignored by git), where artifacts such as screenshots go.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var directory = Path.GetFullPath(Path.Combine(TestsDirectory, "..", "..", "TestResults", "Clues.Api.Tests"));
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public static void RequireNodeModules(params string[] packages)
    {
        foreach (var package in packages)
        {
            if (!File.Exists(Path.Combine(AuditsDirectory, "node_modules", package, "package.json")))
            {
                Assert.Fail($"The npm package '{package}' is not installed. Run: npm ci --prefix {Relative(AuditsDirectory)}");
            }
        }
    }

    public static void RequireChromium(string path = "/usr/bin/chromium")
    {
        var configured = System.Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var effective = string.IsNullOrEmpty(configured) ? path : configured;
        if (!File.Exists(effective))
        {
            Assert.Fail($"Chromium is not installed at {effective}. Run: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).");
        }
    }

    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = AuditsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Node.js is not on the PATH ({e.Message}). Install Node.js 20+, then run: npm ci --prefix {Relative(AuditsDirectory)}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node {script} did not finish within {timeout}. Output so far:\n{await stderr}");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
    }

    private static string Relative(string path) =>
        Path.GetRelativePath(Path.GetFullPath(Path.Combine(TestsDirectory, "..", "..")), path);
}
