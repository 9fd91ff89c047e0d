using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Text;

/// <summary>Fund themes and the purposes written on payments.</summary>
internal static class FundCatalog
{
    public static readonly FundTemplate[] Templates =
    [
        new("高标准农田建设专项资金", FundKind.Special, 5_000_000m, 50_000_000m, ["ny"], false),
        new("农村人居环境整治专项资金", FundKind.Special, 1_000_000m, 10_000_000m, ["ny", "xczx", "township"], false),
        new("乡村振兴衔接资金", FundKind.Special, 5_000_000m, 40_000_000m, ["xczx", "ny"], false),
        new("农村危房改造补助资金", FundKind.Subsidy, 500_000m, 5_000_000m, ["zj"], true),
        new("耕地地力保护补贴资金", FundKind.Subsidy, 1_000_000m, 8_000_000m, ["ny", "township"], true),
        new("城乡居民最低生活保障资金", FundKind.Subsidy, 2_000_000m, 20_000_000m, ["mz"], true),
        new("临时救助资金", FundKind.Subsidy, 200_000m, 2_000_000m, ["mz", "township"], true),
        new("老旧小区改造专项资金", FundKind.Special, 5_000_000m, 60_000_000m, ["zj"], false),
        new("义务教育薄弱环节改善资金", FundKind.Special, 2_000_000m, 20_000_000m, ["jy"], false),
        new("基层医疗卫生机构建设资金", FundKind.Special, 2_000_000m, 15_000_000m, ["wj"], false),
        new("水利工程维修养护资金", FundKind.Fiscal, 1_000_000m, 10_000_000m, ["sl"], false),
        new("农村公路养护资金", FundKind.Fiscal, 1_000_000m, 12_000_000m, ["jt"], false),
        new("村集体经济发展资金", FundKind.Collective, 100_000m, 1_000_000m, ["village"], false),
        new("村级公益事业一事一议资金", FundKind.Collective, 50_000m, 500_000m, ["village"], false),
        new("产业发展扶持资金", FundKind.Special, 2_000_000m, 30_000_000m, ["gx", "sw", "fgw"], false),
        new("退耕还林补助资金", FundKind.Subsidy, 300_000m, 3_000_000m, ["ly"], true),
        new("就业创业补贴资金", FundKind.Subsidy, 500_000m, 6_000_000m, ["rs"], true),
        new("城市基础设施配套费", FundKind.Fiscal, 5_000_000m, 50_000_000m, ["zj", "cg", "firm"], false),
    ];

    public static readonly string[] CompanyPurposes = ["工程进度款", "工程预付款", "工程结算款", "设备采购款", "服务费", "材料款", "质保金"];

    public static readonly string[] PersonPurposes = ["补贴发放", "救助金发放", "补助资金发放"];

    public static readonly string[] PassThroughPurposes = ["分包工程款", "材料采购款", "劳务费", "咨询服务费", "设备租赁费"];
}
