using Clues.Seed.Generation;

namespace Clues.Seed.Text;

/// <summary>Company names in the registered form: place + trade name (字号) + industry + 有限公司.</summary>
internal static class CompanyNames
{
    private const string TradeChars = "鑫宏华盛达恒泰源隆兴瑞丰祥顺远通嘉锦辉腾创信诚德安博众新金昌茂荣汇富旺佳聚鼎宇浩海天鸿益盈晟鹏凯润";

    /// <summary>Industries; construction-type firms come first because they win most projects.</summary>
    public static readonly string[] Industries =
    [
        "建筑工程", "建设工程", "市政工程", "路桥建设", "园林绿化工程", "装饰工程", "水利水电工程", "电力工程", "工程监理",
        "商贸", "贸易", "科技", "信息技术", "环保科技", "农业开发", "物业管理", "劳务", "建材", "医疗器械", "教育科技",
        "文化传媒", "实业", "房地产开发", "电子科技", "物流", "餐饮管理", "咨询", "生态农业",
    ];

    /// <summary>A registered name not yet used; the set is only probed, never enumerated.</summary>
    public static string Unique(SeedRandom random, string place, HashSet<string> used, string? industry = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var trade = string.Concat(TradeChars[random.Next(TradeChars.Length)].ToString(), TradeChars[random.Next(TradeChars.Length)].ToString());
            if (trade[0] == trade[1])
            {
                continue;
            }

            var name = string.Concat(place, attempt > 40 ? trade + ChineseNumerals.Of(attempt % 9 + 1) : trade, industry ?? random.Pick(Industries), "有限公司");
            if (used.Add(name))
            {
                return name;
            }
        }
    }
}
