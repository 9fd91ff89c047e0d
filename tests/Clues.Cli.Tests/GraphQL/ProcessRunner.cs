using System.Diagnostics;
using System.Text;

namespace Clues.Cli.Tests.GraphQL;

/// <summary>Runs a process with the given stdin text and collects its stdout lines, feeding and reading concurrently so neither pipe fills up.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, IReadOnlyList<string> Lines, string StdErr);

    public static async Task<Result> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IEnumerable<string> inputLines, CancellationToken cancellationToken)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        try
        {
            var feed = FeedAsync(process.StandardInput, inputLines, cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var lines = new List<string>();
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                lines.Add(line);
            }

            await feed;
            await process.WaitForExitAsync(cancellationToken);
            return new Result(process.ExitCode, lines, await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static async Task FeedAsync(StreamWriter stdin, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        // The newline must be \n whatever the platform: the tools split on it.
        stdin.NewLine = "\n";
        foreach (var line in lines)
        {
            await stdin.WriteLineAsync(line.AsMemory(), cancellationToken);
        }

        stdin.Close();
    }
}
