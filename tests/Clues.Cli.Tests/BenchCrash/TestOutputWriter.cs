using System.Text;
using Xunit.Abstractions;

namespace Clues.Cli.Tests.BenchCrash;

/// <summary>Passes the harness's progress lines to the test output.</summary>
internal sealed class TestOutputWriter(ITestOutputHelper output) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void WriteLine(string? value) => output.WriteLine(value ?? "");

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }
}
