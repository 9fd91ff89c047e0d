using Bogus;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Generation;

namespace Clues.Seed.Text;

/// <summary>
/// Chinese personal names: surname then given name, no space. Surnames follow a frequency ranking
/// (王、李、张 first); most given names have two characters (three-character full names), about a
/// quarter have one. Bogus's zh_CN given names are folded into the male pool once at start-up; the hot
/// path only indexes precomputed arrays.
/// </summary>
internal sealed class ChineseNames
{
    // Surnames by rough frequency rank; a Zipf-like weight keeps 王/李/张/刘/陈 common and the tail rare.
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "邓", "冯", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
        "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖",
        "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷",
        "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚", "邵", "万", "覃", "武", "钱", "戴", "严", "欧阳", "莫", "孔", "向",
        "常", "汤", "易", "伍", "文", "颜", "粟", "舒", "聂", "柯",
    ];

    private const string MaleChars =
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";

    private const string FemaleChars =
        "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可舒影荔丽阳妮宝";

    private static readonly double[] SurnameCumulative = SeedRandom.Cumulative(
        Enumerable.Range(1, Surnames.Length).Select(rank => 1.0 / Math.Pow(rank, 0.85)).ToArray());

    private readonly string[] _bogusGivenNames;

    /// <summary>Draws up to a few hundred distinct two-character given names from Bogus zh_CN with its own seeded faker.</summary>
    public ChineseNames(int seed)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pool = new List<string>();
        for (var i = 0; i < 600 && pool.Count < 300; i++)
        {
            var given = faker.Name.FirstName().Trim();
            if (given.Length == 2 && !given.Contains(' ', StringComparison.Ordinal) && seen.Add(given))
            {
                pool.Add(given);
            }
        }

        _bogusGivenNames = pool.ToArray();
    }

    public string Surname(SeedRandom random) => Surnames[random.Weighted(SurnameCumulative)];

    public string GivenName(SeedRandom random, Gender gender)
    {
        var chars = gender == Gender.Male ? MaleChars : FemaleChars;
        var roll = random.NextDouble();
        if (roll < 0.22)
        {
            return chars[random.Next(chars.Length)].ToString();
        }

        if (gender == Gender.Male && roll < 0.45 && _bogusGivenNames.Length > 0)
        {
            return _bogusGivenNames[random.Next(_bogusGivenNames.Length)];
        }

        return string.Concat(chars[random.Next(chars.Length)].ToString(), chars[random.Next(chars.Length)].ToString());
    }

    /// <summary>A full name; <paramref name="surname"/> fixes the family name (children, siblings).</summary>
    public string FullName(SeedRandom random, Gender gender, string? surname = null) =>
        string.Concat(surname ?? Surname(random), GivenName(random, gender));

    /// <summary>The family name part of a full name made by this class.</summary>
    public static string SurnameOf(string fullName) =>
        fullName.StartsWith("欧阳", StringComparison.Ordinal) ? "欧阳" : fullName[..1];
}
