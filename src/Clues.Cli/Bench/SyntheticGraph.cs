using System.Text;
using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Cli.Bench;

/// <summary>
/// A small, deterministic case-linkage-shaped graph for benchmarking before the seed generator exists
/// and for tests: persons with Chinese names and their posts in a unit hierarchy, kinship and social
/// ties, companies they represent or hold shares in, projects and clues. It deliberately contains
/// parallel relationships, self-loops and isolated persons, because those are where peers disagree
/// when their semantics are wrong.
/// </summary>
internal static class SyntheticGraph
{
    // Common surnames and given-name characters; enough variety that two-character searches
    // return a handful of hits rather than none or thousands.
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string GivenChars = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强志明海燕红梅玉兰文斌晓东晓燕永明永红春梅冬梅国庆国华德明德华宏伟宏亮俊杰子涵浩然欣怡梓萱雨涵佳怡思远嘉豪";
    private const string Places = "东城西城南岗北林新华红旗前进胜利和平建设长安永安太平兴隆";
    private const string UnitKinds = "财政局|住建局|交通局|水利局|教育局|卫健委|自然资源局|农业农村局|民政局|人社局|街道办事处|镇人民政府|村委会";
    private const string Trades = "建设|科技|商贸|工程|物资|环保|路桥|实业";

    /// <summary>Writes the graph in batches into an empty store.</summary>
    public static async Task<int> WriteAsync(IGraphStore store, int persons, int seed, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(log);
        var (nodes, relationships) = Build(persons, seed);
        const int batchSize = 5_000;
        for (var i = 0; i < nodes.Count; i += batchSize)
        {
            var batch = new GraphBatch { Nodes = nodes.GetRange(i, Math.Min(batchSize, nodes.Count - i)) };
            await store.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < relationships.Count; i += batchSize)
        {
            var batch = new GraphBatch { Relationships = relationships.GetRange(i, Math.Min(batchSize, relationships.Count - i)) };
            await store.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        await log.WriteLineAsync($"synthetic graph written: {nodes.Count} nodes, {relationships.Count} relationships ({persons} persons, seed {seed})").ConfigureAwait(false);
        return nodes.Count;
    }

    /// <summary>Builds the nodes and relationships for about <paramref name="persons"/> persons.</summary>
    public static (List<NodeRecord> Nodes, List<RelationshipRecord> Relationships) Build(int persons, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(persons, 10);
        var random = new Random(seed);
        var nodes = new List<NodeRecord>();
        var relationships = new List<RelationshipRecord>();
        var unitKinds = UnitKinds.Split('|');
        var trades = Trades.Split('|');

        string AddNode(string prefix, int number, NodeLabel label, string? name)
        {
            // Zero-padded ids make ascending id order match creation order, which keeps dumps readable.
            var id = $"{prefix}{number:D7}";
            nodes.Add(new NodeRecord(id, label, name, null, []));
            return id;
        }

        void Relate(RelType type, string start, string end) =>
            relationships.Add(new RelationshipRecord($"r{relationships.Count:D8}", type, start, end, null, null, []));

        string Place() => Places.Substring(random.Next(Places.Length / 2) * 2, 2);

        var jurisdictions = new List<string>();
        for (var i = 0; i < Math.Max(3, persons / 2_000); i++)
        {
            jurisdictions.Add(AddNode("jur", i, NodeLabel.Jurisdiction, $"{Place()}区"));
            if (i > 0)
            {
                Relate(RelType.PartOf, jurisdictions[i], jurisdictions[random.Next(i)]);
            }
        }

        var units = new List<string>();
        for (var i = 0; i < Math.Max(5, persons / 40); i++)
        {
            units.Add(AddNode("uni", i, NodeLabel.Unit, $"{Place()}{unitKinds[random.Next(unitKinds.Length)]}"));
            Relate(RelType.InJurisdiction, units[i], jurisdictions[random.Next(jurisdictions.Count)]);
            if (i > 0)
            {
                // A shallow hierarchy (every unit reports to one of the first twenty), as in a county:
                // it keeps many persons within six hops of each other through their units.
                Relate(RelType.SubordinateTo, units[i], units[random.Next(Math.Min(i, 20))]);
            }
        }

        var people = new List<string>();
        var connected = new List<string>();
        for (var i = 0; i < persons; i++)
        {
            var id = AddNode("per", i, NodeLabel.Person, PersonName(random));
            people.Add(id);
            // About one person in twenty has no relationships at all, so some paths do not exist.
            if (random.NextDouble() >= 0.05)
            {
                connected.Add(id);
            }
        }

        string AnyConnected() => connected[random.Next(connected.Count)];

        var positions = 0;
        foreach (var person in connected)
        {
            var posts = random.NextDouble() switch { < 0.3 => 0, < 0.9 => 1, _ => 2 };
            for (var k = 0; k < posts; k++)
            {
                var post = AddNode("pos", positions++, NodeLabel.Position, "科员");
                Relate(RelType.Holds, person, post);
                // Cube the uniform draw so low-numbered units get more posts: a few big hubs, like real offices.
                var unit = units[(int)(Math.Pow(random.NextDouble(), 3) * units.Count)];
                Relate(RelType.PositionIn, post, unit);
            }

            if (random.NextDouble() < 0.5)
            {
                Relate(RelType.RelativeOf, person, AnyConnected());
            }

            // One social tie each, two for a third of persons: with the unit hubs this gives the
            // small-world mix of near and far pairs that makes path queries worth timing.
            for (var ties = random.NextDouble() < 0.33 ? 2 : 1; ties > 0; ties--)
            {
                var other = AnyConnected();
                Relate(RelType.AssociateOf, person, other);
                if (random.NextDouble() < 0.05)
                {
                    // The same two persons linked twice: a parallel relationship, reversed for good measure.
                    Relate(RelType.RelativeOf, other, person);
                }
            }

            if (random.NextDouble() < 0.01)
            {
                Relate(RelType.AssociateOf, person, person);
            }
        }

        var companies = new List<string>();
        for (var i = 0; i < Math.Max(3, persons / 15); i++)
        {
            var company = AddNode("com", i, NodeLabel.Company, $"{Place()}{trades[random.Next(trades.Length)]}有限公司");
            companies.Add(company);
            Relate(RelType.LegalRepresentativeOf, AnyConnected(), company);
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                Relate(RelType.ShareholderOf, AnyConnected(), company);
            }

            if (i > 0 && random.NextDouble() < 0.2)
            {
                Relate(RelType.ShareholderOf, companies[random.Next(i)], company);
            }
        }

        for (var i = 0; i < Math.Max(2, persons / 50); i++)
        {
            var project = AddNode("prj", i, NodeLabel.Project, $"{Place()}道路改造工程");
            Relate(RelType.OwnsProject, units[random.Next(units.Count)], project);
            Relate(RelType.Contracted, companies[random.Next(companies.Count)], project);
        }

        for (var i = 0; i < Math.Max(2, persons / 30); i++)
        {
            var clue = AddNode("clu", i, NodeLabel.Clue, $"反映{Place()}问题线索");
            Relate(RelType.Concerns, clue, AnyConnected());
            if (random.NextDouble() < 0.3)
            {
                Relate(RelType.Concerns, clue, units[random.Next(units.Count)]);
            }
        }

        return (nodes, relationships);
    }

    private static string PersonName(Random random)
    {
        var name = new StringBuilder();
        name.Append(Surnames[random.Next(Surnames.Length)]);
        var given = random.NextDouble() < 0.7 ? 2 : 1;
        for (var k = 0; k < given; k++)
        {
            name.Append(GivenChars[random.Next(GivenChars.Length)]);
        }

        return name.ToString();
    }
}
