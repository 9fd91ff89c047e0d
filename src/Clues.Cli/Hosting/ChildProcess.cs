using System.Diagnostics;

namespace Clues.Cli.Hosting;

/// <summary>Child processes a verb starts (Node peers, wrk, a relaunched CLI) must not outlive a cancelled run.</summary>
internal static class ChildProcess
{
    /// <summary>The environment variable naming the Node.js executable, when <c>node</c> on the PATH is not the one wanted.</summary>
    public const string NodeVariable = "CLUES_NODE";

    /// <summary>The Node.js executable the benchmark peers run: <see cref="NodeVariable"/> when set, else <c>node</c>.</summary>
    public static string NodeExecutable =>
        Environment.GetEnvironmentVariable(NodeVariable) is { } node && !string.IsNullOrWhiteSpace(node) ? node : "node";

    /// <summary>Waits for <paramref name="process"/> to exit; when cancelled, kills it with its children and rethrows.</summary>
    public static async Task WaitForExitOrKillAsync(Process process, CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited on its own in the meantime: nothing left to stop.
            }

            throw;
        }
    }
}
