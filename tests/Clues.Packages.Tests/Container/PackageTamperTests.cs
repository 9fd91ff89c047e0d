using System.Text;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Packages.Tests.Container;

public sealed class PackageTamperTests
{
    public static TheoryData<string> AllEntries => ["clues.json", "context.graphml", "register.csv", "letters/移交函.pdf", "manifest.json", "manifest.sig"];

    [Theory]
    [MemberData(nameof(AllEntries))]
    public async Task A_changed_byte_inside_any_entry_of_the_zip_is_refused_naming_the_entry(string name)
    {
        var (zip, publicKey) = await SignedAsync();
        var entry = await ZipSurgery.LocateAsync(zip, name);
        zip[entry.DataOffset + (entry.CompressedSize / 2)] ^= 0x20;

        using var verdict = await SamplePackages.VerifyAsync(zip, publicKey);

        Assert.False(verdict.IsValid);
        Assert.Null(verdict.Package);
        Assert.Contains(name, verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clues.json")]
    [InlineData("register.csv")]
    [InlineData("letters/移交函.pdf")]
    public async Task A_payload_file_changed_and_rezipped_cleanly_is_refused_as_changed_after_signing(string name)
    {
        var (zip, publicKey) = await SignedAsync();
        var changed = ZipSurgery.Rebuild(zip, entries => entries.Select(e => e.Name == name ? (e.Name, Flip(e.Data)) : e).ToList());

        using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

        Assert.Equal(PackageProblem.ContentChanged, verdict.Problem);
        Assert.Equal(name, verdict.EntryName);
        Assert.Contains("changed after signing", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_manifest_is_refused_as_not_matching_its_signature()
    {
        var (zip, publicKey) = await SignedAsync();
        var changed = ZipSurgery.Rebuild(zip, entries => entries.Select(e => e.Name == "manifest.json"
            ? (e.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Data).Replace("江临市纪委监委", "江临市公安局", StringComparison.Ordinal)))
            : e).ToList());

        using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

        Assert.Equal(PackageProblem.BadSignature, verdict.Problem);
        Assert.Contains("manifest.json does not match its signature", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_signature_is_refused()
    {
        var (zip, publicKey) = await SignedAsync();
        var changed = ZipSurgery.Rebuild(zip, entries => entries.Select(e =>
        {
            if (e.Name != "manifest.sig")
            {
                return e;
            }

            var text = Encoding.UTF8.GetString(e.Data);
            var start = text.IndexOf("\"signature\": \"", StringComparison.Ordinal) + 20;
            var swapped = text[..start] + (text[start] == 'A' ? 'B' : 'A') + text[(start + 1)..];
            return (e.Name, Encoding.UTF8.GetBytes(swapped));
        }).ToList());

        using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

        Assert.Equal(PackageProblem.BadSignature, verdict.Problem);
    }

    [Fact]
    public async Task A_missing_file_is_refused_naming_it()
    {
        var (zip, publicKey) = await SignedAsync();
        var changed = ZipSurgery.Rebuild(zip, entries => entries.Where(e => e.Name != "register.csv").ToList());

        using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

        Assert.Equal(PackageProblem.MissingFile, verdict.Problem);
        Assert.Equal("register.csv: listed in the manifest but missing from the package.", verdict.Message);
    }

    [Fact]
    public async Task An_extra_file_is_refused_naming_it()
    {
        var (zip, publicKey) = await SignedAsync();
        var changed = ZipSurgery.Rebuild(zip, entries => [.. entries, ("extra/说明.txt", [1, 2, 3])]);

        using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

        Assert.Equal(PackageProblem.ExtraFile, verdict.Problem);
        Assert.Equal("extra/说明.txt", verdict.EntryName);
        Assert.Contains("not in the signed manifest", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_entry_is_refused_as_missing_the_listed_name()
    {
        var (zip, publicKey) = await SignedAsync();
        var changed = ZipSurgery.Rebuild(zip, entries => entries.Select(e => e.Name == "clues.json" ? ("clues2.json", e.Data) : e).ToList());

        using var verdict = await SamplePackages.VerifyAsync(changed, publicKey);

        Assert.Equal(PackageProblem.MissingFile, verdict.Problem);
        Assert.Equal("clues.json", verdict.EntryName);
    }

    [Fact]
    public async Task A_missing_signature_or_manifest_is_refused()
    {
        var (zip, publicKey) = await SignedAsync();

        using var unsigned = await SamplePackages.VerifyAsync(ZipSurgery.Rebuild(zip, es => es.Where(e => e.Name != "manifest.sig").ToList()), publicKey);
        using var headless = await SamplePackages.VerifyAsync(ZipSurgery.Rebuild(zip, es => es.Where(e => e.Name != "manifest.json").ToList()), publicKey);

        Assert.Equal(PackageProblem.MissingManifest, unsigned.Problem);
        Assert.Contains("unsigned", unsigned.Message, StringComparison.Ordinal);
        Assert.Equal(PackageProblem.MissingManifest, headless.Problem);
        Assert.Contains("manifest.json is missing", headless.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_naming_both_fingerprints()
    {
        var (zip, _) = await SignedAsync();
        using var other = OfficeSigningKey.Create();
        using var otherPublic = other.PublicKey();

        using var verdict = await SamplePackages.VerifyAsync(zip, otherPublic);

        Assert.Equal(PackageProblem.WrongKey, verdict.Problem);
        Assert.Contains(otherPublic.KeyId[..16], verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_re_signed_by_another_key_claiming_the_original_key_id_is_refused()
    {
        using var real = OfficeSigningKey.Create();
        using var realPublic = real.PublicKey();
        using var forger = OfficeSigningKey.Create();
        var forged = await SamplePackages.WriteAsync(forger);
        var relabelled = ZipSurgery.Rebuild(forged, entries => entries.Select(e => e.Name == "manifest.sig"
            ? (e.Name, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(e.Data).Replace(forger.KeyId, real.KeyId, StringComparison.Ordinal)))
            : e).ToList());

        using var verdict = await SamplePackages.VerifyAsync(relabelled, realPublic);

        Assert.Equal(PackageProblem.BadSignature, verdict.Problem);
    }

    [Fact]
    public async Task A_duplicate_entry_is_refused_even_when_only_the_case_differs()
    {
        var (zip, publicKey) = await SignedAsync();

        using var exact = await SamplePackages.VerifyAsync(ZipSurgery.Rebuild(zip, es => [.. es, ("clues.json", [1])]), publicKey);
        using var cased = await SamplePackages.VerifyAsync(ZipSurgery.Rebuild(zip, es => [.. es, ("CLUES.json", [1])]), publicKey);

        Assert.Equal(PackageProblem.DuplicateName, exact.Problem);
        Assert.Equal(PackageProblem.DuplicateName, cased.Problem);
        Assert.Contains("appears twice", cased.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.sh", "path traversal")]
    [InlineData("letters/../../evil.sh", "path traversal")]
    [InlineData("/etc/cron.d/evil", "absolute path")]
    [InlineData("..\\evil.bat", "backslash")]
    [InlineData("C:/Windows/evil.dll", "drive letter")]
    [InlineData("a//b.txt", "empty path segment")]
    [InlineData("folder/", "folder")]
    public async Task An_unsafe_entry_name_is_refused_before_anything_is_read(string name, string reason)
    {
        var (zip, publicKey) = await SignedAsync();

        using var verdict = await SamplePackages.VerifyAsync(ZipSurgery.Rebuild(zip, es => [.. es, (name, [1, 2, 3])]), publicKey);

        Assert.Equal(PackageProblem.UnsafeName, verdict.Problem);
        Assert.Contains(reason, verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_entry_is_refused()
    {
        var (zip, publicKey) = await SignedAsync();
        var withLink = ZipSurgery.Rebuild(zip, es => [.. es, ("link", Encoding.ASCII.GetBytes("/etc/passwd"))]);
        var link = await ZipSurgery.LocateAsync(withLink, "link");
        // Mark the entry as made on Unix with mode lrwxrwxrwx in the central directory.
        for (var i = 0; i + 46 <= withLink.Length; i++)
        {
            if (BitConverter.ToUInt32(withLink, i) == 0x0201_4B50 && BitConverter.ToUInt32(withLink, i + 42) == link.HeaderOffset)
            {
                withLink[i + 5] = 3;
                BitConverter.GetBytes(0xA1FFu << 16).CopyTo(withLink, i + 38);
            }
        }

        using var verdict = await SamplePackages.VerifyAsync(withLink, publicKey);

        Assert.Equal(PackageProblem.UnsafeName, verdict.Problem);
        Assert.Contains("symbolic link", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_bytes_between_entries_are_refused()
    {
        var (zip, publicKey) = await SignedAsync();
        var second = (await ZipSurgery.LocateAsync(zip, "context.graphml")).HeaderOffset;
        var padded = new byte[zip.Length + 7];
        zip.AsSpan(0, (int)second).CopyTo(padded);
        zip.AsSpan((int)second).CopyTo(padded.AsSpan((int)second + 7));

        using var verdict = await SamplePackages.VerifyAsync(padded, publicKey);

        Assert.False(verdict.IsValid);
        Assert.Equal(PackageProblem.Damaged, verdict.Problem);
    }

    [Fact]
    public async Task Not_a_zip_truncated_and_empty_files_each_get_their_own_clear_reason()
    {
        var (zip, publicKey) = await SignedAsync();

        using var text = await SamplePackages.VerifyAsync(Encoding.UTF8.GetBytes("这不是压缩包 this is not a zip"), publicKey);
        using var truncated = await SamplePackages.VerifyAsync(zip[..(zip.Length / 2)], publicKey);
        using var endCut = await SamplePackages.VerifyAsync(zip[..^10], publicKey);
        using var empty = await SamplePackages.VerifyAsync([], publicKey);

        Assert.Equal(PackageProblem.NotAZip, text.Problem);
        Assert.Contains("not a zip", text.Message, StringComparison.Ordinal);
        Assert.Equal(PackageProblem.Truncated, truncated.Problem);
        Assert.Contains("cut short", truncated.Message, StringComparison.Ordinal);
        Assert.False(endCut.IsValid);
        Assert.Equal(PackageProblem.Empty, empty.Problem);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_file_that_changed_on_disk_after_verification_throws()
    {
        using var folder = new TempFolder();
        using var key = OfficeSigningKey.Create();
        using var publicKey = key.PublicKey();
        var zip = await SamplePackages.WriteAsync(key);
        var stream = new MemoryStream();
        stream.Write(zip);
        using var verdict = await new PackageVerifier().VerifyAsync(stream, publicKey, CancellationToken.None);
        Assert.True(verdict.IsValid, verdict.Message);
        var entry = await ZipSurgery.LocateAsync(zip, "clues.json");
        stream.GetBuffer()[entry.DataOffset + 3] ^= 0x01;

        var error = await Assert.ThrowsAsync<PackageRefusedException>(() => verdict.Package!.ReadAllBytesAsync("clues.json", CancellationToken.None));

        Assert.Equal("clues.json", error.EntryName);
    }

    private static async Task<(byte[] Zip, OfficePublicKey PublicKey)> SignedAsync()
    {
        using var key = OfficeSigningKey.Create();
        return (await SamplePackages.WriteAsync(key), key.PublicKey());
    }

    private static byte[] Flip(byte[] data)
    {
        var copy = data.ToArray();
        copy[copy.Length / 2] ^= 0x01;
        return copy;
    }
}
