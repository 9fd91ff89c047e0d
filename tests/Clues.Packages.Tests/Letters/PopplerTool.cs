using System.Diagnostics;

namespace Clues.Packages.Tests.Letters;

/// <summary>Runs poppler-utils (pdftoppm, pdftotext) as real processes; a missing tool fails the test naming the Debian package.</summary>
internal static class PopplerTool
{
    public static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed; install the Debian package poppler-utils (apt-get install poppler-utils).", e);
        }

        using (process)
        {
            Assert.NotNull(process);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await stderr}");
            return await stdout;
        }
    }
}
