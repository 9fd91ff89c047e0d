using Clues.Seed.Generation;

namespace Clues.Seed.Text;

/// <summary>Two-character place names for townships, villages and roads, built from syllable pools.</summary>
internal static class PlaceNames
{
    private const string First = "白石柳桃杨黄龙凤金银青东西南北大小新高长马牛沙清双三太平安永兴福鹤梅竹松花荷枫云星河湖江溪泉塘坪岭山桥洲湾红古灵宝仙广和丰乐鸭官";
    private const string Second = "塘桥坪岭山湖溪冲口铺坝湾洲田庄园港林河峰寨堡岗坡垸水坑源头圩滩寺潭市屋";
    private static readonly string[] RoadNames =
    [
        "人民", "建设", "解放", "迎宾", "滨江", "车站", "文化", "五一", "新华", "中山", "光明", "朝阳", "青年", "团结", "胜利",
        "和平", "环城", "工业", "学府", "体育", "长江", "黄河", "湘江", "健康", "振兴", "友谊", "紫荆", "桂花", "芙蓉", "银杏",
    ];

    private static readonly string[] RoadSuffixes = ["路", "大道", "街", "中路", "北路", "南路", "东路", "西路"];

    /// <summary>A name not yet in <paramref name="used"/>; the set is only probed, never enumerated, so order cannot leak.</summary>
    public static string Unique(SeedRandom random, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = string.Concat(First[random.Next(First.Length)].ToString(), Second[random.Next(Second.Length)].ToString());
            if (attempt > 50)
            {
                name += ChineseNumerals.Of(attempt % 9 + 1);
            }

            if (used.Add(name))
            {
                return name;
            }
        }
    }

    public static string Road(SeedRandom random) => string.Concat(random.Pick(RoadNames), random.Pick(RoadSuffixes));

    /// <summary>Any two-character place name (repeats allowed), for project and fund descriptions.</summary>
    public static string Any(SeedRandom random) =>
        string.Concat(First[random.Next(First.Length)].ToString(), Second[random.Next(Second.Length)].ToString());
}
