using System.Buffers.Binary;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Packages.Tests.Container;

public sealed class PackageFramingTests
{
    [Fact]
    public async Task A_package_streamed_to_a_non_seekable_output_verifies()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        using var buffer = new MemoryStream();
        await PackageWriter.WriteAsync(SamplePackages.Content(), key, new NonSeekableStream(buffer), CancellationToken.None);

        using var verdict = await SamplePackages.VerifyAsync(buffer.ToArray(), publicKey);

        Assert.True(verdict.IsValid, verdict.Message);
        Assert.Equal(4, verdict.Package!.Manifest.Files.Count);
    }

    [Fact]
    public async Task A_changed_timestamp_or_a_zip_comment_is_refused_as_rewritten()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key);
        var entry = await ZipSurgery.LocateAsync(zip, "register.csv");
        var touched = zip.ToArray();
        touched[entry.HeaderOffset + 10] ^= 0x01;
        var commented = zip.ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(commented.AsSpan(commented.Length - 2), 3);
        commented = [.. commented, .. "hi!"u8.ToArray()];

        using var touchedVerdict = await SamplePackages.VerifyAsync(touched, publicKey);
        using var commentedVerdict = await SamplePackages.VerifyAsync(commented, publicKey);

        Assert.Equal(PackageProblem.Rewritten, touchedVerdict.Problem);
        Assert.Equal("register.csv", touchedVerdict.EntryName);
        Assert.Equal(PackageProblem.Rewritten, commentedVerdict.Problem);
        Assert.Contains("comment", commentedVerdict.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every single-byte change anywhere in the file is refused, except where it provably changes nothing that is
    /// read (the unused padding bits after a deflate stream's last block); then the content read back is the original.
    /// </summary>
    [Fact]
    public async Task No_single_byte_change_anywhere_in_a_package_yields_different_content()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key);
        var originals = ZipSurgery.Entries(zip).ToDictionary(e => e.Name, e => e.Data);
        var random = new Random(20260305);
        var accepted = 0;
        for (var position = 0; position < zip.Length; position++)
        {
            var changed = zip.ToArray();
            changed[position] ^= (byte)random.Next(1, 256);

            using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

            if (!verdict.IsValid)
            {
                Assert.False(string.IsNullOrWhiteSpace(verdict.Message));
                continue;
            }

            accepted++;
            foreach (var listed in verdict.Package!.Manifest.Files)
            {
                Assert.Equal(originals[listed.Name], await verdict.Package.ReadAllBytesAsync(listed.Name, CancellationToken.None));
            }
        }

        // One padding byte per deflate stream at most, and only for the lucky values that touch padding bits alone.
        Assert.True(accepted <= originals.Count, $"{accepted} of {zip.Length} single-byte changes were accepted; only deflate padding bits should be free");
    }

    [Fact]
    public async Task Random_multi_byte_damage_and_cuts_always_end_in_a_verdict_never_an_exception()
    {
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key);
        var random = new Random(42);
        var refused = 0;
        for (var round = 0; round < 3000; round++)
        {
            var changed = zip.ToArray();
            var hits = random.Next(1, 9);
            for (var i = 0; i < hits; i++)
            {
                // Aim half the damage at the header-dense tail (central directory and end record).
                var at = random.Next(2) == 0 ? random.Next(changed.Length) : random.Next(Math.Max(0, changed.Length - 400), changed.Length);
                changed[at] = (byte)random.Next(256);
            }

            if (random.Next(5) == 0)
            {
                changed = changed[..random.Next(changed.Length)];
            }

            using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);
            if (!verdict.IsValid)
            {
                refused++;
                Assert.NotEqual(PackageProblem.None, verdict.Problem);
            }
        }

        Assert.True(refused >= 2990, $"only {refused} of 3000 damaged packages were refused");
    }
}
