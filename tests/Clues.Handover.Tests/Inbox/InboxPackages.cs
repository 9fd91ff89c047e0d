using System.Text;
using Clues.Handover.Packaging;
using Clues.Packages.Container;
using Clues.Packages.Keys;

namespace Clues.Handover.Tests.Inbox;

/// <summary>Real signed packages written with the package writer, shaped like the exporter's output.</summary>
internal static class InboxPackages
{
    public const string Number = "江临巡移〔2026〕7号";

    public static async Task<string> WriteAsync(string folder, OfficeSigningKey key, PackageKind kind = PackageKind.Handover, string? number = null, string? clues = null)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".zip");
        clues ??= """[{"handoverItem":"HO-1","code":"XC-1","stubOnly":false},{"handoverItem":"HO-2","code":"XC-2","stubOnly":false},{"handoverItem":"HO-3","code":"XC-3","stubOnly":true}]""";
        var content = new PackageContent(
            kind,
            number ?? Number,
            new PackageParty("431400", "中共江临市委巡察工作领导小组办公室"),
            new PackageParty("DISCIPLINE_COMMISSION/431400", "江临市纪委监委"),
            [new PackageApproval("李明", "已批准（LeadingGroup，431400）", new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero))],
            new DateTimeOffset(2026, 7, 3, 9, 0, 0, TimeSpan.Zero),
            [
                PackageFile.FromBytes(HandoverPackageFiles.Clues, Encoding.UTF8.GetBytes(clues)),
                PackageFile.FromBytes(HandoverPackageFiles.Register, Encoding.UTF8.GetBytes("序号,线索编号\r\n1,XC-1\r\n")),
                PackageFile.FromBytes(HandoverPackageFiles.ContextJson, Encoding.UTF8.GetBytes("""{"nodes":[],"edges":[]}""")),
            ]);
        await PackageWriter.WriteFileAsync(content, key, path, CancellationToken.None);
        return path;
    }
}
