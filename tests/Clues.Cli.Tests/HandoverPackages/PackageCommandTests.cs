using System.Text.Json.Nodes;
using Clues.Cli.Tests.Commands;

namespace Clues.Cli.Tests.HandoverPackages;

public sealed class PackageCommandTests(IssuerDataFixture issuer) : IClassFixture<IssuerDataFixture>
{
    [Fact]
    public async Task Exported_package_verifies_and_a_second_office_receives_it_once_and_refuses_replays_and_flipped_bytes()
    {
        await KeysAsync();
        var ids = issuer.TakeCommissionItems(3);
        var zip = Path.Combine(issuer.Root, "江临巡移-cli.zip");
        var receiver = Path.Combine(issuer.Root, "receiver");

        var export = await CliProcess.RunAsync(["package", "export", "--data", issuer.Data, .. ids.SelectMany(id => new[] { "--handover", id }), "--out", zip,
            "--key", Path.Combine(issuer.Keys, "office.key"), "--actor", "officer.zhao", "--actor-name", "赵移交", "--office", "431400", "--json"]);
        Assert.True(export.ExitCode == 0, export.StdErr);
        var result = JsonNode.Parse(export.StdOut)!;
        var number = result["number"]!.GetValue<string>();
        Assert.Equal(3, result["clues"]!.GetValue<int>());
        Assert.StartsWith("江临巡移〔", number, StringComparison.Ordinal);

        var verify = await CliProcess.RunAsync("package", "verify", zip, "--key", Path.Combine(issuer.Keys, "office.pub"));
        Assert.True(verify.ExitCode == 0, verify.StdErr);

        var import = await CliProcess.RunAsync("package", "import", zip, "--key", Path.Combine(issuer.Keys, "office.pub"), "--data", receiver);
        Assert.True(import.ExitCode == 0, import.StdErr);
        Assert.Contains($"RECEIVED {number}", import.StdOut, StringComparison.Ordinal);
        Assert.Contains("3 clue(s)", import.StdOut, StringComparison.Ordinal);
        var register = await File.ReadAllLinesAsync(Path.Combine(receiver, "inbox-register.jsonl"));
        var receipt = JsonNode.Parse(Assert.Single(register))!;
        Assert.Equal(number, receipt["number"]!.GetValue<string>());
        Assert.Equal(3, receipt["clues"]!.GetValue<int>());
        Assert.Equal("431400", receipt["issuerCode"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(receiver, "inbox", number, "files", "letter.pdf")));

        var replay = await CliProcess.RunAsync("package", "import", zip, "--key", Path.Combine(issuer.Keys, "office.pub"), "--data", receiver);
        Assert.Equal(1, replay.ExitCode);
        Assert.Contains("REFUSED (Replay)", replay.StdErr, StringComparison.Ordinal);

        var flipped = Path.Combine(issuer.Root, "flipped.zip");
        var bytes = await File.ReadAllBytesAsync(zip);
        bytes[bytes.Length / 2] ^= 0x20;
        await File.WriteAllBytesAsync(flipped, bytes);
        var tampered = await CliProcess.RunAsync("package", "import", flipped, "--key", Path.Combine(issuer.Keys, "office.pub"), "--data", receiver);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("REFUSED", tampered.StdErr, StringComparison.Ordinal);

        Assert.Single(await File.ReadAllLinesAsync(Path.Combine(receiver, "inbox-register.jsonl")));
        Assert.Single(Directory.GetDirectories(Path.Combine(receiver, "inbox")));
    }

    [Fact]
    public async Task Export_refuses_usage_errors_with_exit_2_and_already_handed_over_items_with_exit_1()
    {
        await KeysAsync();
        var ids = issuer.TakeCommissionItems(1);
        var key = Path.Combine(issuer.Keys, "office.key");
        var first = Path.Combine(issuer.Root, "once.zip");

        var noItems = await CliProcess.RunAsync("package", "export", "--data", issuer.Data, "--out", Path.Combine(issuer.Root, "none.zip"), "--key", key, "--actor", "officer.zhao", "--office", "431400");
        var badOffice = await CliProcess.RunAsync("package", "export", "--data", issuer.Data, "--handover", ids[0], "--out", Path.Combine(issuer.Root, "bad.zip"), "--key", key, "--actor", "officer.zhao", "--office", "4314");
        var releaseWithoutCustodian = await CliProcess.RunAsync("package", "export", "--data", issuer.Data, "--handover", ids[0], "--out", Path.Combine(issuer.Root, "rel.zip"), "--key", key, "--actor", "officer.zhao", "--office", "431400", "--release-reporters");
        var once = await CliProcess.RunAsync("package", "export", "--data", issuer.Data, "--handover", ids[0], "--out", first, "--key", key, "--actor", "officer.zhao", "--office", "431400");
        var twice = await CliProcess.RunAsync("package", "export", "--data", issuer.Data, "--handover", ids[0], "--out", Path.Combine(issuer.Root, "twice.zip"), "--key", key, "--actor", "officer.zhao", "--office", "431400");

        Assert.Equal(2, noItems.ExitCode);
        Assert.Contains("--handover", noItems.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, badOffice.ExitCode);
        Assert.Contains("--office", badOffice.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, releaseWithoutCustodian.ExitCode);
        Assert.Contains("--custodian", releaseWithoutCustodian.StdErr, StringComparison.Ordinal);
        Assert.True(once.ExitCode == 0, once.StdErr);
        Assert.Contains("HANDED_OVER", once.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("HANDED_OVER", twice.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(issuer.Root, "twice.zip")));
    }

    [Fact]
    public async Task Export_with_a_custodian_release_puts_the_sealed_reporter_in_for_the_commission()
    {
        await KeysAsync();
        var zip = Path.Combine(issuer.Root, "released-cli.zip");

        var export = await CliProcess.RunAsync("package", "export", "--data", issuer.Data, "--handover", issuer.Sealed.ItemId, "--out", zip,
            "--key", Path.Combine(issuer.Keys, "office.key"), "--actor", "officer.zhao", "--office", "431400",
            "--release-reporters", "--custodian", "custodian.chen", "--reason", "初核需联系举报人", "--json");

        Assert.True(export.ExitCode == 0, export.StdErr);
        Assert.Equal(1, JsonNode.Parse(export.StdOut)!["reporterIdentities"]!.GetValue<int>());
        using var key = await Clues.Packages.Keys.OfficeSigningKey.LoadAsync(Path.Combine(issuer.Keys, "office.key"), CancellationToken.None);
        var package = await OpenedPackage.OpenAsync(zip, key);
        var entry = Assert.Single(package.Clues)!;
        Assert.Equal(issuer.Sealed.Reporter.Name, entry["reporter"]!["name"]!.GetValue<string>());
        Assert.Equal(issuer.Sealed.Reporter.Contact, entry["reporter"]!["contact"]!.GetValue<string>());
    }

    private async Task KeysAsync()
    {
        // Both tests share the office's key pair; whichever runs first creates it.
        if (!File.Exists(Path.Combine(issuer.Keys, "office.key")))
        {
            var init = await CliProcess.RunAsync("keys", "init", "--out", issuer.Keys, "--office", "431400", "--name", "江临市委巡察办");
            Assert.True(init.ExitCode == 0, init.StdErr);
        }
    }
}
