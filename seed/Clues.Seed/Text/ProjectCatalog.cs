using System.Text;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Generation;

namespace Clues.Seed.Text;

/// <summary>Project name patterns per owner, and the filling-in of their tokens.</summary>
internal static class ProjectCatalog
{
    public static readonly ProjectTemplate[] Templates =
    [
        new("{region}{road}提质改造工程", ProjectKind.Construction, 3_000_000m, 30_000_000m, ["zj", "cg", "jt", "firm"]),
        new("{region}{place}片区老旧小区改造工程", ProjectKind.Construction, 2_000_000m, 20_000_000m, ["zj", "firm"]),
        new("{region}{place}棚户区改造项目", ProjectKind.Construction, 10_000_000m, 80_000_000m, ["zj", "firm"]),
        new("{place}至{place2}公路改扩建工程", ProjectKind.Construction, 10_000_000m, 60_000_000m, ["jt", "firm"]),
        new("{region}{road}大中修工程", ProjectKind.Construction, 1_000_000m, 8_000_000m, ["jt", "cg"]),
        new("{place}水库除险加固工程", ProjectKind.Construction, 2_000_000m, 15_000_000m, ["sl"]),
        new("{place}河道综合治理工程", ProjectKind.Construction, 3_000_000m, 25_000_000m, ["sl", "st"]),
        new("{region}高标准农田建设项目（{place}片区）", ProjectKind.Construction, 3_000_000m, 20_000_000m, ["ny", "xczx"]),
        new("{unit}办公设备采购项目", ProjectKind.Procurement, 200_000m, 2_000_000m, ["any"]),
        new("{unit}信息化平台建设项目", ProjectKind.Service, 500_000m, 5_000_000m, ["sjzy", "any"]),
        new("{unit}物业服务采购项目", ProjectKind.Service, 300_000m, 2_000_000m, ["any"]),
        new("{unit}医疗设备采购项目", ProjectKind.Procurement, 1_000_000m, 12_000_000m, ["wj", "institution"]),
        new("{unit}教学楼新建工程", ProjectKind.Construction, 5_000_000m, 30_000_000m, ["jy", "institution"]),
        new("{place}道路硬化工程", ProjectKind.Construction, 300_000m, 3_000_000m, ["township", "village"]),
        new("{place}人居环境整治项目", ProjectKind.Construction, 200_000m, 2_000_000m, ["township", "village", "ny"]),
        new("{region}{place}污水管网建设工程", ProjectKind.Construction, 2_000_000m, 20_000_000m, ["zj", "st", "firm"]),
        new("{region}智慧城管平台建设项目", ProjectKind.Service, 1_000_000m, 9_000_000m, ["cg", "sjzy"]),
        new("{unit}安全生产第三方服务项目", ProjectKind.Service, 200_000m, 1_500_000m, ["yj"]),
        new("{region}{place}产业园基础设施建设项目", ProjectKind.Construction, 20_000_000m, 90_000_000m, ["gx", "firm"]),
        new("{region}城区绿化提升工程", ProjectKind.Construction, 1_000_000m, 10_000_000m, ["cg", "zj", "ly"]),
        new("{unit}大宗物资采购项目", ProjectKind.Procurement, 500_000m, 6_000_000m, ["firm", "township"]),
    ];

    /// <summary>The templates that fit an owner with the given tag; "any" templates fit every owner but villages.</summary>
    public static ProjectTemplate[] For(string tag)
    {
        var specific = Templates.Where(t => t.OwnerTags.Contains(tag, StringComparer.Ordinal)).ToArray();
        var general = tag == "village" ? [] : Templates.Where(t => t.OwnerTags.Contains("any", StringComparer.Ordinal)).ToArray();

        // Owners with their own templates use them mostly; the general ones stay possible.
        return specific.Length == 0 ? general : [.. specific, .. specific, .. general];
    }

    public static string Fill(ProjectTemplate template, SeedRandom random, string region, string unitName, string place)
    {
        var text = new StringBuilder(template.Pattern);
        text.Replace("{region}", region).Replace("{unit}", unitName).Replace("{place}", place);
        if (template.Pattern.Contains("{road}", StringComparison.Ordinal))
        {
            text.Replace("{road}", PlaceNames.Road(random));
        }

        if (template.Pattern.Contains("{place2}", StringComparison.Ordinal))
        {
            text.Replace("{place2}", PlaceNames.Any(random));
        }

        return text.ToString();
    }
}
