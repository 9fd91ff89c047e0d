using System.Text;
using System.Text.Json;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Cli.Fuzz;

/// <summary>A valid signed package and what it holds, to mutate and to compare verified content against.</summary>
internal sealed class PackageSample
{
    private PackageSample(byte[] zip, PackageManifest manifest, byte[] manifestBytes, IReadOnlyDictionary<string, byte[]> files, PackageKind kind)
    {
        Zip = zip;
        Manifest = manifest;
        ManifestBytes = manifestBytes;
        Files = files;
        Kind = kind;
    }

    public byte[] Zip { get; }

    public PackageManifest Manifest { get; }

    /// <summary>The exact signed manifest.json.</summary>
    public byte[] ManifestBytes { get; }

    /// <summary>The payload files by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public PackageKind Kind { get; }

    /// <summary>A new handover package (fresh id) signed by <paramref name="key"/>, with <paramref name="extraFiles"/> attachments.</summary>
    public static async Task<PackageSample> CreateAsync(OfficeSigningKey key, Random random, int extraFiles, PackageKind kind, CancellationToken cancellationToken)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["clues.json"] = JsonSerializer.SerializeToUtf8Bytes(Enumerable.Range(1, 1 + random.Next(5)).Select(i => new
            {
                code = $"江巡线〔2026〕{random.Next(1000)}号-{i}",
                stubOnly = random.Next(4) == 0,
                summary = "反映某局负责人在工程项目招投标中违规插手。",
                problems = new[] { "INTEGRITY_DISCIPLINE" },
            })),
            ["context.json"] = Encoding.UTF8.GetBytes("{\"nodes\":[{\"id\":\"per-1\",\"name\":\"王伦良\"}],\"edges\":[]}"),
            ["register.csv"] = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("序号,线索编号,移交对象\n1,江巡线〔2026〕1号,市纪委监委\n")],
        };
        var letter = new byte[2048 + random.Next(30_000)];
        random.NextBytes(letter);
        files["letter.pdf"] = letter;
        for (var i = 0; i < extraFiles; i++)
        {
            var text = new byte[random.Next(1, 4000)];
            random.NextBytes(text);
            files[$"attachments/证据{i + 1}.bin"] = text;
        }

        var content = new PackageContent(
            kind,
            $"江临巡移〔2026〕{random.Next(1, 999)}号",
            new PackageParty("431400", "江临市委巡察办"),
            new PackageParty("431400-jw", "江临市纪委监委"),
            [new PackageApproval("李明", "巡察工作领导小组组长", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8)))],
            new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)),
            [.. files.Select(f => PackageFile.FromBytes(f.Key, f.Value))]);
        using var buffer = new MemoryStream();
        var manifest = await PackageWriter.WriteAsync(content, key, buffer, cancellationToken).ConfigureAwait(false);
        var zip = buffer.ToArray();
        var manifestBytes = PackageForge.Entries(zip).Single(e => e.Name == "manifest.json").Bytes;
        return new PackageSample(zip, manifest, manifestBytes, files, kind);
    }
}
