using System.Text.Json.Nodes;
using Clues.Core.Graph;

namespace Clues.Graph.Contract;

/// <summary>
/// The hand-designed graph most contract tests run against. It has four components that never touch,
/// so each expected answer can be worked out on paper. Every expected value in the tests is derived
/// from the drawings below, not computed from this data.
/// </summary>
/// <remarks>
/// <para><b>Component A: Chengguan township (ids a.., relationships r01..r15)</b></para>
/// <code>
///   a02 欧阳修远 ─r02 Holds [2022-01-01, ∞)───────┐
///                                                ▼
///   a01 王芳 ──r01 Holds [2018-01-01, 2021-12-31]──▶ a20 城关镇党委书记 (Position)
///    ▲  ▲                                          │ r03 PositionIn
///    │  └─r05 RelativeOf 姐妹── a04 王芳华          ▼
///    │                          │            a12 城关镇人民政府 (Unit) ◀─r12 SubordinateTo── a10 王芳村村民委员会
///    │                          │ r14 ShareholderOf│ r10 OwnsProject     ◀─r11 SubordinateTo── a11 东王芳村党支部
///    │                          ▼                  ▼
///    │                   a31 HuaXin商贸有限公司  a40 滨江路２期改造工程 (Project)
///    │                     ⟲ r15 ShareholderOf     ▲   ▲
///    │                       (self-loop)           │   │ r08 Contracted [2020-06-01, 2020-12-31]
///  r04 RelativeOf 配偶                             │   │ r09 Contracted [2021-03-01, 2021-09-30]
///    │                                             │   │   (parallel edges)
///   a03 张修远 ──r06 LegalRepresentativeOf [2019-03-01, ∞)──▶ a30 修远建设有限公司 (Company, credit code)
///    ▲         ──r07 ShareholderOf [2019-03-01, ∞)──────────▶   (parallel edges)
///    │ r13 AssociateOf 同学
///   a05 李明                 a06 李明 (second person of that name, isolated)
/// </code>
/// <para>Undirected adjacency of A (used for every worked answer):</para>
/// <code>
///   a01: a20(r01) a03(r04) a04(r05)          a12: a20(r03) a40(r10) a11(r11) a10(r12)
///   a02: a20(r02)                            a20: a01(r01) a02(r02) a12(r03)
///   a03: a01(r04) a30(r06,r07) a05(r13)      a30: a03(r06,r07) a40(r08,r09)
///   a04: a01(r05) a31(r14)                   a31: a04(r14) a31(r15)
///   a05: a03(r13)                            a40: a30(r08,r09) a12(r10)
///   a06: —                                   a10: a12(r12)      a11: a12(r11)
/// </code>
/// <para><b>Component B: a fund, three payments, two companies (ids b.., relationships rb1..rb7)</b></para>
/// <code>
///                 ┌─ b2 付款凭证甲 (Payment) ─┐   rb1 b2→b1 PaidFrom, rb2 b2→b4 PaidTo, both valid only on 2021-05-10
///   b1 乡村振兴专项资金 ─ b3 付款凭证乙 (Payment) ─ b4 恒泰劳务有限公司   rb3 b3→b1, rb4 b3→b4, both valid only on 2022-03-01
///   (Fund)        └─ b5 付款凭证丙 ─ b6 恒泰控股有限公司 ─┘   rb5 b5→b1 PaidFrom, rb6 b5→b6 PaidTo, rb7 b6→b4 ShareholderOf (unbounded)
/// </code>
/// <para>b1 to b4: a diamond of two shortest paths (via b2, via b3; length 2) and one longer path via b5, b6 (length 3).
/// Every payment points at the fund (PaidFrom) and at its payee (PaidTo), so no relationship starts at b1:
/// following only outgoing relationships, b1 reaches nothing.</para>
/// <para><b>Component C: a chain of 14 unnamed persons</b> c00 → c01 → … → c13, relationship rcNN from c(NN-1) to cNN
/// (AssociateOf). c00 to c12 is 12 hops (the most a path request may ask for); c00 to c13 is 13.</para>
/// <para><b>Component D: a hub</b> d00 城市建设投资集团 (Unit) owning 32 unnamed projects with ids d1…d30, dB, da
/// (relationship "r" + project id, d00 → project). In ascending ordinal id order the projects are
/// d1, d10…d19, d2, d20…d29, d3, d30, d4…d9, dB, da (digits sort before capitals, capitals before small letters).</para>
/// <para><b>Totals</b>: nodes 13 + 6 + 14 + 33 = 66; relationships 15 + 7 + 13 + 32 = 67.</para>
/// <para><b>Names containing</b> 芳: a01 王芳 (2 chars), a04 王芳华 (3), a11 东王芳村党支部 (7), a10 王芳村村民委员会 (8), nothing else.
/// 修远: a30 修远建设有限公司 (8, prefix), a03 张修远 (3), a02 欧阳修远 (4). 李明: a05 and a06. 城关镇: a12 城关镇人民政府 (7), a20 城关镇党委书记 (7).</para>
/// </remarks>
public static class ContractGraph
{
    // ---- Component A: nodes ----
    public const string WangFang = "a01";
    public const string OuyangXiuyuan = "a02";
    public const string ZhangXiuyuan = "a03";
    public const string WangFanghua = "a04";
    public const string LiMing = "a05";
    public const string LiMingIsolated = "a06";
    public const string WangfangVillageCommittee = "a10";
    public const string DongWangfangBranch = "a11";
    public const string ChengguanTownship = "a12";
    public const string SecretaryPost = "a20";
    public const string XiuyuanConstruction = "a30";
    public const string HuaxinTrading = "a31";
    public const string BinjiangRoadProject = "a40";

    public const string WangFangNationalId = "11010519491231002X";
    public const string XiuyuanCreditCode = "91330102MA2B3C4D5K";

    // ---- Component A: relationships ----
    public const string WangFangHeldSecretaryPost = "r01";
    public const string OuyangHoldsSecretaryPost = "r02";
    public const string SecretaryPostInTownship = "r03";
    public const string ZhangSpouseOfWangFang = "r04";
    public const string FanghuaSisterOfWangFang = "r05";
    public const string ZhangLegalRepOfXiuyuan = "r06";
    public const string ZhangShareholderOfXiuyuan = "r07";
    public const string XiuyuanContract2020 = "r08";
    public const string XiuyuanContract2021 = "r09";
    public const string TownshipOwnsRoadProject = "r10";
    public const string BranchSubordinateToTownship = "r11";
    public const string CommitteeSubordinateToTownship = "r12";
    public const string LiMingClassmateOfZhang = "r13";
    public const string FanghuaShareholderOfHuaxin = "r14";
    public const string HuaxinHoldsOwnShares = "r15";

    // ---- Component B ----
    public const string RevitalisationFund = "b1";
    public const string Payment2021 = "b2";
    public const string Payment2022 = "b3";
    public const string HengtaiLabour = "b4";
    public const string PaymentUndated = "b5";
    public const string HengtaiHolding = "b6";

    public const string Payment2021From = "rb1";
    public const string Payment2021To = "rb2";
    public const string Payment2022From = "rb3";
    public const string Payment2022To = "rb4";
    public const string PaymentUndatedFrom = "rb5";
    public const string PaymentUndatedTo = "rb6";
    public const string HoldingOwnsLabour = "rb7";

    // ---- Component D ----
    public const string Hub = "d00";

    public const int NodeCount = 66;
    public const int RelationshipCount = 67;

    /// <summary>The id of chain node <paramref name="i"/> (0 to 13).</summary>
    public static string Chain(int i) => $"c{i:00}";

    /// <summary>The id of the chain relationship from c(i-1) to c(i), i from 1 to 13.</summary>
    public static string ChainLink(int i) => $"rc{i:00}";

    /// <summary>The hub's 32 projects, in the order they are written (not id order).</summary>
    public static IReadOnlyList<string> HubProjects { get; } =
        [.. Enumerable.Range(1, 30).Select(i => $"d{i}"), "dB", "da"];

    /// <summary>The hub's relationship to one of its projects.</summary>
    public static string HubLink(string projectId) => "r" + projectId;

    public static readonly DateOnly D20180101 = new(2018, 1, 1);
    public static readonly DateOnly D20211231 = new(2021, 12, 31);
    public static readonly DateOnly D20220101 = new(2022, 1, 1);
    public static readonly DateOnly D20190301 = new(2019, 3, 1);
    public static readonly DateOnly D20200601 = new(2020, 6, 1);
    public static readonly DateOnly D20201231 = new(2020, 12, 31);
    public static readonly DateOnly D20210301 = new(2021, 3, 1);
    public static readonly DateOnly D20210930 = new(2021, 9, 30);
    public static readonly DateOnly D20210510 = new(2021, 5, 10);
    public static readonly DateOnly D20220301 = new(2022, 3, 1);

    /// <summary>Fresh node records (new property objects on every call, so tests never share mutable JSON).</summary>
    public static IReadOnlyList<NodeRecord> BuildNodes()
    {
        var nodes = new List<NodeRecord>
        {
            Node(WangFang, NodeLabel.Person, "王芳", new NaturalKey(NaturalKeyKind.NationalId, WangFangNationalId),
                new JsonObject { ["gender"] = "女", ["birthYear"] = 1949 }),
            Node(OuyangXiuyuan, NodeLabel.Person, "欧阳修远"),
            Node(ZhangXiuyuan, NodeLabel.Person, "张修远"),
            Node(WangFanghua, NodeLabel.Person, "王芳华"),
            Node(LiMing, NodeLabel.Person, "李明"),
            Node(LiMingIsolated, NodeLabel.Person, "李明"),
            Node(WangfangVillageCommittee, NodeLabel.Unit, "王芳村村民委员会"),
            Node(DongWangfangBranch, NodeLabel.Unit, "东王芳村党支部"),
            Node(ChengguanTownship, NodeLabel.Unit, "城关镇人民政府"),
            Node(SecretaryPost, NodeLabel.Position, "城关镇党委书记"),
            Node(XiuyuanConstruction, NodeLabel.Company, "修远建设有限公司", new NaturalKey(NaturalKeyKind.CreditCode, XiuyuanCreditCode)),
            Node(HuaxinTrading, NodeLabel.Company, "HuaXin商贸有限公司"),
            Node(BinjiangRoadProject, NodeLabel.Project, "滨江路２期改造工程"),

            Node(RevitalisationFund, NodeLabel.Fund, "乡村振兴专项资金"),
            Node(Payment2021, NodeLabel.Payment, "付款凭证甲"),
            Node(Payment2022, NodeLabel.Payment, "付款凭证乙"),
            Node(HengtaiLabour, NodeLabel.Company, "恒泰劳务有限公司"),
            Node(PaymentUndated, NodeLabel.Payment, "付款凭证丙"),
            Node(HengtaiHolding, NodeLabel.Company, "恒泰控股有限公司"),

            Node(Hub, NodeLabel.Unit, "城市建设投资集团"),
        };
        for (var i = 0; i <= 13; i++)
        {
            nodes.Add(Node(Chain(i), NodeLabel.Person, null));
        }

        foreach (var project in HubProjects)
        {
            nodes.Add(Node(project, NodeLabel.Project, null));
        }

        return nodes;
    }

    /// <summary>Fresh relationship records.</summary>
    public static IReadOnlyList<RelationshipRecord> BuildRelationships()
    {
        var rels = new List<RelationshipRecord>
        {
            Rel(WangFangHeldSecretaryPost, RelType.Holds, WangFang, SecretaryPost, D20180101, D20211231),
            Rel(OuyangHoldsSecretaryPost, RelType.Holds, OuyangXiuyuan, SecretaryPost, D20220101, null),
            Rel(SecretaryPostInTownship, RelType.PositionIn, SecretaryPost, ChengguanTownship, null, null),
            Rel(ZhangSpouseOfWangFang, RelType.RelativeOf, ZhangXiuyuan, WangFang, null, null, new JsonObject { ["relation"] = "配偶" }),
            Rel(FanghuaSisterOfWangFang, RelType.RelativeOf, WangFanghua, WangFang, null, null, new JsonObject { ["relation"] = "姐妹" }),
            Rel(ZhangLegalRepOfXiuyuan, RelType.LegalRepresentativeOf, ZhangXiuyuan, XiuyuanConstruction, D20190301, null),
            Rel(ZhangShareholderOfXiuyuan, RelType.ShareholderOf, ZhangXiuyuan, XiuyuanConstruction, D20190301, null, new JsonObject { ["share"] = 0.6 }),
            Rel(XiuyuanContract2020, RelType.Contracted, XiuyuanConstruction, BinjiangRoadProject, D20200601, D20201231,
                new JsonObject { ["amount"] = 1250000.5, ["contractNo"] = "CG-2020-017" }),
            Rel(XiuyuanContract2021, RelType.Contracted, XiuyuanConstruction, BinjiangRoadProject, D20210301, D20210930,
                new JsonObject { ["amount"] = 380000, ["contractNo"] = "CG-2021-004" }),
            Rel(TownshipOwnsRoadProject, RelType.OwnsProject, ChengguanTownship, BinjiangRoadProject, null, null),
            Rel(BranchSubordinateToTownship, RelType.SubordinateTo, DongWangfangBranch, ChengguanTownship, null, null),
            Rel(CommitteeSubordinateToTownship, RelType.SubordinateTo, WangfangVillageCommittee, ChengguanTownship, null, null),
            Rel(LiMingClassmateOfZhang, RelType.AssociateOf, LiMing, ZhangXiuyuan, null, null, new JsonObject { ["kind"] = "同学" }),
            Rel(FanghuaShareholderOfHuaxin, RelType.ShareholderOf, WangFanghua, HuaxinTrading, null, null, new JsonObject { ["share"] = 0.3 }),
            Rel(HuaxinHoldsOwnShares, RelType.ShareholderOf, HuaxinTrading, HuaxinTrading, null, null, new JsonObject { ["share"] = 0.05 }),

            Rel(Payment2021From, RelType.PaidFrom, Payment2021, RevitalisationFund, D20210510, D20210510),
            Rel(Payment2021To, RelType.PaidTo, Payment2021, HengtaiLabour, D20210510, D20210510),
            Rel(Payment2022From, RelType.PaidFrom, Payment2022, RevitalisationFund, D20220301, D20220301),
            Rel(Payment2022To, RelType.PaidTo, Payment2022, HengtaiLabour, D20220301, D20220301),
            Rel(PaymentUndatedFrom, RelType.PaidFrom, PaymentUndated, RevitalisationFund, null, null),
            Rel(PaymentUndatedTo, RelType.PaidTo, PaymentUndated, HengtaiHolding, null, null),
            Rel(HoldingOwnsLabour, RelType.ShareholderOf, HengtaiHolding, HengtaiLabour, null, null, new JsonObject { ["share"] = 1.0 }),
        };
        for (var i = 1; i <= 13; i++)
        {
            rels.Add(Rel(ChainLink(i), RelType.AssociateOf, Chain(i - 1), Chain(i), null, null));
        }

        foreach (var project in HubProjects)
        {
            rels.Add(Rel(HubLink(project), RelType.OwnsProject, Hub, project, null, null));
        }

        return rels;
    }

    /// <summary>
    /// Writes the whole graph in one batch. Records are written in descending id order so that a
    /// store which returns rows in insertion order gets every id tie-break backwards.
    /// </summary>
    public static Task<WriteResult> WriteAsync(IGraphStore store) =>
        store.WriteAsync(new GraphBatch
        {
            Nodes = [.. BuildNodes().OrderByDescending(n => n.Id, StringComparer.Ordinal)],
            Relationships = [.. BuildRelationships().OrderByDescending(r => r.Id, StringComparer.Ordinal)],
        });

    /// <summary>The reference of a node of this graph, as a path or a neighbourhood should report it.</summary>
    public static NodeRef Ref(string id)
    {
        var node = BuildNodes().Single(n => n.Id == id);
        return new NodeRef(node.Id, node.Label, node.Name);
    }

    /// <summary>The reference of a relationship of this graph, as a path or a scan should report it.</summary>
    public static EdgeRef Edge(string id)
    {
        var rel = BuildRelationships().Single(r => r.Id == id);
        return new EdgeRef(rel.Id, rel.Type, rel.StartId, rel.EndId, rel.ValidFrom, rel.ValidTo);
    }

    public static NodeRecord Node(string id, NodeLabel label, string? name, NaturalKey? key = null, JsonObject? properties = null) =>
        new(id, label, name, key, properties ?? []);

    public static RelationshipRecord Rel(string id, RelType type, string startId, string endId, DateOnly? validFrom = null, DateOnly? validTo = null, JsonObject? properties = null) =>
        new(id, type, startId, endId, validFrom, validTo, properties ?? []);
}
