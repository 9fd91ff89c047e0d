using System.Diagnostics;
using System.Globalization;

namespace Clues.Redis.Tests.Infrastructure;

/// <summary>Runs redis-cli: an independent client, so layout checks do not trust our own parser.</summary>
public static class RedisCli
{
    /// <summary>Output lines of one command (redis-cli prints raw replies, one element per line, when not on a tty).</summary>
    public static async Task<string[]> RunAsync(RedisServer server, int database, params string[] command)
    {
        var start = new ProcessStartInfo(RedisTools.Cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-n", database.ToString(CultureInfo.InvariantCulture) }
                     .Concat(command))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("redis-cli did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-cli {string.Join(' ', command)} failed ({process.ExitCode}): {error}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
