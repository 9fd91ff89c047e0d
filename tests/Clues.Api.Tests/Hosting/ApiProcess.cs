using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Clues.Api.Tests.Hosting;

/// <summary>
/// The Clues API as operators run it: <c>dotnet Clues.Api.dll</c> in its own process, configured only by environment
/// variables, on a free loopback port.
/// </summary>
internal sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private ApiProcess(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the API and waits until it listens; fails with its output when it stops first.</summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (process, output, exited) = Launch(environment, line =>
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        });
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(2)));
        if (first != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            var code = process.ExitCode;
            process.Dispose();
            Assert.Fail($"The API process did not start listening within two minutes (exit code {code}):\n{text}");
        }

        return new ApiProcess(process, output, await listening.Task);
    }

    /// <summary>Starts the API and expects it to stop by itself; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var (process, output, exited) = Launch(environment, _ => { });
        using (process)
        {
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(2))) != exited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                Assert.Fail("The API process kept running; it was expected to refuse to start.");
            }

            await exited;
            lock (output)
            {
                return (process.ExitCode, output.ToString());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static (Process Process, StringBuilder Output, Task Exited) Launch(IReadOnlyDictionary<string, string> environment, Action<string> watch)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Clues.Api.dll");
        Assert.True(File.Exists(dll), $"Clues.Api.dll was not built next to the tests: {dll}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Keep(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }

                watch(line);
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        Assert.True(process.Start(), $"Could not start {start.FileName} {dll}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output, process.WaitForExitAsync());
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
