using Clues.Cli.Tests.Commands;

namespace Clues.Cli.Tests.Exchange;

public sealed class ExchangeCommandTests
{
    [Fact]
    public async Task Exchange_usage_errors_exit_2_and_say_what_to_fix()
    {
        using var temp = new TempDirectory();
        var city = new Deployment(temp.Path, "city", "431400");
        await city.SetUpAsync();
        var package = Path.Combine(temp.Path, "x.zip");

        var province = await CliProcess.RunAsync("exchange", "export", "--data", city.Data, "--office", "431400", "--to", "430000", "--key", city.PrivateKey, "--out", package);
        Assert.Equal(2, province.ExitCode);
        Assert.Contains("湖南省 (430000) is neither the city above 江临市 (431400) nor one of its counties", province.StdErr, StringComparison.Ordinal);

        var unknown = await CliProcess.RunAsync("exchange", "export", "--data", city.Data, "--office", "431400", "--to", "431499", "--key", city.PrivateKey, "--out", package);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("division 431499 is not in this deployment's geography", unknown.StdErr, StringComparison.Ordinal);

        var since = await CliProcess.RunAsync("exchange", "export", "--data", city.Data, "--office", "431400", "--to", "431421", "--key", city.PrivateKey, "--out", package, "--since", "2026-13-01");
        Assert.Equal(2, since.ExitCode);
        Assert.Contains("YYYY-MM-DD", since.StdErr, StringComparison.Ordinal);

        var noKey = await CliProcess.RunAsync("exchange", "export", "--data", city.Data, "--office", "431400", "--to", "431421", "--out", package);
        Assert.Equal(2, noKey.ExitCode);
        Assert.StartsWith("--key: required", noKey.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(package));

        var noStore = await CliProcess.RunAsync("exchange", "import", city.PublicKey, "--data", Path.Combine(temp.Path, "empty"), "--key", city.PublicKey);
        Assert.Equal(2, noStore.ExitCode);
        Assert.Contains("no store at", noStore.StdErr, StringComparison.Ordinal);

        var noFile = await CliProcess.RunAsync("exchange", "import", Path.Combine(temp.Path, "missing.zip"), "--data", city.Data, "--key", city.PublicKey);
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains("no file at", noFile.StdErr, StringComparison.Ordinal);
    }
}
