using Clues.Cli.Commands;
using Clues.Cli.Fuzz;
using Clues.Packages.Container;
using Clues.Packages.Keys;
using Xunit.Abstractions;

namespace Clues.Cli.Tests.Fuzz;

/// <summary>
/// The CI variant of <c>clues fuzz package</c>: about 20 seconds of damaged and forged packages through the verifier
/// and the handover inbox with zero failures, every mutation used, valid packages taken in and replays refused.
/// </summary>
[Collection(HeavyRunsCollection.Name)]
public sealed class PackageFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_seconds_of_damaged_and_forged_packages_all_end_in_the_right_verdict()
    {
        using var failures = new Commands.TempDirectory();
        var options = new PackageFuzzOptions(TimeSpan.FromSeconds(20), Seed: 11, new DirectoryInfo(failures.Path));

        var report = await PackageFuzzer.RunAsync(options, output.WriteLine, CancellationToken.None);

        output.WriteLine(FuzzCommand.ToJson(report));
        Assert.True(report.Failures == 0, "Fuzz failures:\n" + string.Join("\n", report.FailureSamples.Select(f => $"[{f.Kind}] {f.Problem} {f.SavedAt}")));
        Assert.True(report.Inputs > 100, $"Only {report.Inputs} packages were judged.");
        var made = PackageMutator.Kinds.Select(k => k.Kind).Concat(["freshValid", "replay"]).Order(StringComparer.Ordinal);
        Assert.Equal(made, report.ByMutation.Keys.Order(StringComparer.Ordinal));
        foreach (var verdict in new[] { "valid", nameof(PackageProblem.UnsafeName), nameof(PackageProblem.BadSignature), nameof(PackageProblem.WrongKey), nameof(PackageProblem.CompressionRatio) })
        {
            Assert.True(report.ByVerdict.ContainsKey(verdict), $"No package got the verdict {verdict}: {string.Join(", ", report.ByVerdict.Keys)}");
        }

        Assert.True(report.ByImport.GetValueOrDefault("received") > 0);
        Assert.True(report.ByImport.GetValueOrDefault("refused:Replay") > 0);
        Assert.True(report.ByImport.GetValueOrDefault("refused:NotAsSigned") > 0);
    }

    [Theory]
    [InlineData("traversalName")]
    [InlineData("duplicateEntry")]
    [InlineData("extraEntry")]
    [InlineData("missingEntry")]
    [InlineData("changedContent")]
    [InlineData("editedManifest")]
    [InlineData("forgedSignature")]
    [InlineData("wrongKey")]
    [InlineData("zipBomb")]
    [InlineData("notAZip")]
    public async Task Every_forgery_is_refused_while_the_package_it_was_made_from_verifies(string kind)
    {
        using var issuer = OfficeSigningKey.Create();
        using var stranger = OfficeSigningKey.Create();
        using var key = issuer.PublicKey();
        var random = new Random(5);
        var sample = await PackageSample.CreateAsync(issuer, random, extraFiles: 2, PackageKind.Handover, CancellationToken.None);
        var mutator = new PackageMutator(issuer, stranger, random);

        using (var original = await new PackageVerifier().VerifyAsync(new MemoryStream(sample.Zip), key, CancellationToken.None))
        {
            Assert.True(original.IsValid, original.Message);
        }

        for (var i = 0; i < 5; i++)
        {
            var forged = mutator.Make(kind, sample);
            using var verdict = await new PackageVerifier().VerifyAsync(new MemoryStream(forged.Bytes), key, CancellationToken.None);

            Assert.True(forged.MustRefuse);
            Assert.False(verdict.IsValid, $"{kind} verified: {verdict.Message}");
            Assert.False(string.IsNullOrWhiteSpace(verdict.Message));
        }
    }
}
