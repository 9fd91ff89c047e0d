using System.ComponentModel;
using System.Diagnostics;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>Runs poppler-utils (pdftoppm, pdftotext); a missing tool fails the test with the package to install.</summary>
internal static class Poppler
{
    public static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{tool} is not installed ({e.Message}); install the Debian package poppler-utils (apt-get install poppler-utils) to check the letter renders.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}");
            return await output;
        }
    }
}
