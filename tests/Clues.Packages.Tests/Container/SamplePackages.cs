using System.Text;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Packages.Tests.Container;

/// <summary>Builds small signed packages for the tests.</summary>
internal static class SamplePackages
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 5, 9, 30, 0, TimeSpan.FromHours(8));

    public static PackageContent Content(params PackageFile[] files) => new(
        PackageKind.Handover,
        "江临巡移〔2026〕12号",
        new PackageParty("431400", "江临市委巡察办"),
        new PackageParty("431400-JW", "江临市纪委监委"),
        [new PackageApproval("李明", "巡察工作领导小组组长", CreatedAt.AddDays(-1))],
        CreatedAt,
        files.Length > 0 ? files : DefaultFiles())
    {
        PackageId = Guid.Parse("6f1c2a9e-1b7d-4d3e-9a51-0c2f7e8d4b10"),
        Metadata = new Dictionary<string, string> { ["round"] = "七届三轮", ["clueCount"] = "2" },
    };

    public static PackageFile[] DefaultFiles() =>
    [
        PackageFile.FromBytes("clues.json", Encoding.UTF8.GetBytes("""[{"number":"XC-2026-0001","subject":"王伦良","problem":"违规收受礼金"}]""")),
        PackageFile.FromBytes("context.graphml", Encoding.UTF8.GetBytes("<graphml><graph id=\"g\"/></graphml>")),
        PackageFile.FromBytes("register.csv", Encoding.UTF8.GetBytes("线索编号,被反映人\nXC-2026-0001,王伦良\n")),
        PackageFile.FromBytes("letters/移交函.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 stand-in")),
    ];

    public static async Task<byte[]> WriteAsync(OfficeSigningKey key, PackageContent? content = null)
    {
        using var output = new MemoryStream();
        await PackageWriter.WriteAsync(content ?? Content(), key, output, CancellationToken.None);
        return output.ToArray();
    }

    public static async Task<PackageVerdict> VerifyAsync(byte[] zip, OfficePublicKey key, PackageLimits? limits = null) =>
        await new PackageVerifier(limits).VerifyAsync(new MemoryStream(zip, writable: false), key, CancellationToken.None);
}
