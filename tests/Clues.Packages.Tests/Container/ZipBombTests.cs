using System.Security.Cryptography;
using Clues.Packages.Container;
using Clues.Packages.Container.Zip;
using Clues.Packages.Keys;

namespace Clues.Packages.Tests.Container;

public sealed class ZipBombTests
{
    [Fact]
    public async Task A_highly_compressible_signed_entry_is_stopped_by_the_compression_ratio()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key, SamplePackages.Content([.. SamplePackages.DefaultFiles(), PackageFile.FromBytes("bomb.bin", new byte[40 * 1024 * 1024])]));
        Assert.True(zip.Length < 1024 * 1024, "the test bomb should be small on disk");

        using var verdict = await SamplePackages.VerifyAsync(zip, publicKey);

        Assert.Equal(PackageProblem.CompressionRatio, verdict.Problem);
        Assert.Equal("bomb.bin", verdict.EntryName);
        Assert.Contains("zip bomb", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_over_the_size_limit_is_refused_from_its_header_and_the_total_is_capped()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key, SamplePackages.Content([.. SamplePackages.DefaultFiles(), PackageFile.FromBytes("big.bin", RandomNumberGenerator.GetBytes(300_000))]));

        using var perEntry = await SamplePackages.VerifyAsync(zip, publicKey, new PackageLimits { MaxEntryBytes = 200_000 });
        using var total = await SamplePackages.VerifyAsync(zip, publicKey, new PackageLimits { MaxTotalBytes = 250_000 });

        Assert.Equal(PackageProblem.TooLarge, perEntry.Problem);
        Assert.Equal("big.bin", perEntry.EntryName);
        Assert.Equal(PackageProblem.TooLarge, total.Problem);
        Assert.Contains("total limit", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_whose_header_understates_its_size_is_stopped_at_the_declared_size()
    {
        using var key = OfficeSigningKey.Create();
        var zip = await SamplePackages.WriteAsync(key, SamplePackages.Content([.. SamplePackages.DefaultFiles(), PackageFile.FromBytes("bomb.bin", new byte[5 * 1024 * 1024])]));
        var lying = await ZipSurgery.LieAboutSizeAsync(zip, "bomb.bin", 1000);
        var reader = await SafeZipReader.OpenAsync(new MemoryStream(lying), PackageLimits.Default, CancellationToken.None);
        long received = 0;

        var error = await Assert.ThrowsAsync<PackageRefusedException>(() => reader.ReadAsync(
            reader.Entries.Single(e => e.Name == "bomb.bin"),
            long.MaxValue,
            countTowardTotal: true,
            (chunk, _) =>
            {
                received += chunk.Length;
                return ValueTask.CompletedTask;
            },
            CancellationToken.None));

        Assert.Equal(PackageProblem.HeaderSizeMismatch, error.Problem);
        Assert.Contains("lying header", error.Message, StringComparison.Ordinal);
        Assert.True(received <= 1000, $"{received} bytes were handed on past the declared 1000");
    }

    [Fact]
    public async Task A_signed_package_with_a_lying_header_is_refused()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key);
        var lying = await ZipSurgery.LieAboutSizeAsync(zip, "register.csv", 3);

        using var verdict = await SamplePackages.VerifyAsync(lying, publicKey);

        Assert.False(verdict.IsValid);
        Assert.Equal("register.csv", verdict.EntryName);
    }

    [Fact]
    public async Task A_header_claiming_more_than_the_limit_is_refused_without_reading()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var lying = await ZipSurgery.LieAboutSizeAsync(await SamplePackages.WriteAsync(key), "clues.json", 600u * 1024 * 1024);

        using var verdict = await SamplePackages.VerifyAsync(lying, publicKey);

        Assert.Equal(PackageProblem.TooLarge, verdict.Problem);
        Assert.Equal("clues.json", verdict.EntryName);
    }

    [Fact]
    public async Task Too_many_entries_are_refused_before_the_directory_is_read()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var files = Enumerable.Range(0, 30).Select(i => PackageFile.FromBytes($"f{i:D2}.txt", new[] { (byte)i })).ToArray();
        var zip = await SamplePackages.WriteAsync(key, SamplePackages.Content(files));

        using var verdict = await SamplePackages.VerifyAsync(zip, publicKey, new PackageLimits { MaxEntries = 20 });
        using var fine = await SamplePackages.VerifyAsync(zip, publicKey, new PackageLimits { MaxEntries = 32 });

        Assert.Equal(PackageProblem.TooManyEntries, verdict.Problem);
        Assert.Contains("32 entries, more than the limit of 20", verdict.Message, StringComparison.Ordinal);
        Assert.True(fine.IsValid, fine.Message);
    }
}
