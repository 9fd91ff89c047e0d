namespace Clues.Cli.Tests.Commands;

public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("stats", "--no-such-option")]
    [InlineData("package", "verify", "a.zip", "--key")]
    [InlineData("no-such-verb")]
    public async Task A_wrong_command_line_exits_2_and_says_what_is_wrong(params string[] args)
    {
        var result = await CliProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.StdErr, StringComparison.Ordinal);
    }
}
