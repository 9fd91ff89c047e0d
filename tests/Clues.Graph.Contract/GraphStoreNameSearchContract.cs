using Clues.Core.Graph;
using static Clues.Graph.Contract.ContractGraph;

namespace Clues.Graph.Contract;

/// <summary>
/// <see cref="IGraphStore.SearchNamesAsync"/> on <see cref="ContractGraph"/>: substring matching after NFKC and
/// invariant lower-casing; ranking exact, then prefix, then other matches; ties to the shorter name, then the lower id.
/// </summary>
public abstract class GraphStoreNameSearchContract : GraphStoreContractBase
{
    private Task<IReadOnlyList<NodeRef>> SearchAsync(string text, IReadOnlySet<NodeLabel>? labels = null, int limit = 20) =>
        Store.SearchNamesAsync(new NameSearchQuery(text, labels, limit));

    [Fact]
    public async Task One_character_finds_every_name_containing_it()
    {
        // 芳 is in exactly four names, never first: all are "other" matches, ranked by length:
        // 王芳 (2), 王芳华 (3), 东王芳村党支部 (7), 王芳村村民委员会 (8).
        var hits = await SearchAsync("芳");

        Assert.Equal([WangFang, WangFanghua, DongWangfangBranch, WangfangVillageCommittee], IdsOf(hits));
    }

    [Fact]
    public async Task A_two_character_given_name_is_found_inside_longer_full_names()
    {
        // 修远: prefix of 修远建设有限公司; inside 张修远 (3 chars) and 欧阳修远 (4 chars).
        var hits = await SearchAsync("修远");

        Assert.Contains(ZhangXiuyuan, IdsOf(hits));
        Assert.Contains(OuyangXiuyuan, IdsOf(hits));
    }

    [Fact]
    public async Task Exact_match_ranks_before_prefixes_and_prefixes_before_other_matches()
    {
        // 王芳: exact 王芳 (a01); prefixes 王芳华 (a04, 3) and 王芳村村民委员会 (a10, 8); inside 东王芳村党支部 (a11, 7).
        // The 7-character inside match ranks after the 8-character prefix.
        var hits = await SearchAsync("王芳");

        Assert.Equal([WangFang, WangFanghua, WangfangVillageCommittee, DongWangfangBranch], IdsOf(hits));
    }

    [Fact]
    public async Task A_prefix_match_ranks_before_a_shorter_inside_match()
    {
        // 修远建设有限公司 (8, prefix) before 张修远 (3) and 欧阳修远 (4).
        var hits = await SearchAsync("修远");

        Assert.Equal([XiuyuanConstruction, ZhangXiuyuan, OuyangXiuyuan], IdsOf(hits));
    }

    [Fact]
    public async Task Among_equal_matches_the_shorter_name_ranks_first_even_with_a_higher_id()
    {
        // 张修远 (a03, 3 chars) before 欧阳修远 (a02, 4 chars) although a02 < a03.
        var hits = await SearchAsync("修远");

        Assert.True(IdsOf(hits).IndexOf(ZhangXiuyuan) < IdsOf(hits).IndexOf(OuyangXiuyuan), $"Got {string.Join(", ", IdsOf(hits))}.");
    }

    [Fact]
    public async Task Identical_names_rank_by_id()
    {
        // Two people named 李明; a06 was written before a05 (the fixture writes in descending id order).
        var hits = await SearchAsync("李明");

        Assert.Equal([LiMing, LiMingIsolated], IdsOf(hits));
    }

    [Fact]
    public async Task Equal_length_prefixes_rank_by_id()
    {
        // 城关镇人民政府 (a12) and 城关镇党委书记 (a20): both 7-character prefixes.
        var hits = await SearchAsync("城关镇");

        Assert.Equal([ChengguanTownship, SecretaryPost], IdsOf(hits));
    }

    [Fact]
    public async Task Results_carry_id_label_and_name()
    {
        var hits = await SearchAsync("王芳华");

        Assert.Equal(new NodeRef(WangFanghua, NodeLabel.Person, "王芳华"), Assert.Single(hits));
    }

    [Fact]
    public async Task The_label_filter_keeps_only_nodes_of_those_labels()
    {
        var hits = await SearchAsync("王芳", SetOf(NodeLabel.Unit));

        Assert.Equal([WangfangVillageCommittee, DongWangfangBranch], IdsOf(hits));
    }

    [Fact]
    public async Task The_label_filter_accepts_several_labels()
    {
        var hits = await SearchAsync("城关镇", SetOf(NodeLabel.Position, NodeLabel.Person));

        Assert.Equal([SecretaryPost], IdsOf(hits));
    }

    [Fact]
    public async Task The_limit_keeps_the_best_ranked_results()
    {
        var hits = await SearchAsync("芳", limit: 2);

        Assert.Equal([WangFang, WangFanghua], IdsOf(hits));
    }

    [Fact]
    public async Task Latin_letters_match_regardless_of_case()
    {
        // The name is HuaXin商贸有限公司.
        Assert.Equal([HuaxinTrading], IdsOf(await SearchAsync("huaxin")));
        Assert.Equal([HuaxinTrading], IdsOf(await SearchAsync("HUAXIN商贸")));
    }

    [Fact]
    public async Task Full_width_letters_in_the_query_match_half_width_names()
    {
        // ＨＵＡｘｉｎ (full-width) normalises under NFKC to HUAxin.
        Assert.Equal([HuaxinTrading], IdsOf(await SearchAsync("ＨＵＡｘｉｎ")));
    }

    [Fact]
    public async Task A_half_width_digit_in_the_query_matches_a_full_width_digit_in_the_name()
    {
        // The project is named 滨江路２期改造工程 with a full-width ２.
        Assert.Equal([BinjiangRoadProject], IdsOf(await SearchAsync("2期")));
    }

    [Fact]
    public async Task A_query_equal_to_the_normalised_name_is_an_exact_match()
    {
        Assert.Equal([BinjiangRoadProject], IdsOf(await SearchAsync("滨江路2期改造工程")));
    }

    [Fact]
    public async Task A_name_nobody_has_finds_nothing()
    {
        Assert.Empty(await SearchAsync("赵钱孙"));
    }

    [Fact]
    public async Task Search_is_by_substring_not_by_separate_characters()
    {
        // 王 and 华 both occur in 王芳华, but 王华 is not a substring of any name.
        Assert.Empty(await SearchAsync("王华"));
    }

    [Fact]
    public async Task A_limit_of_zero_is_out_of_range()
    {
        await AssertOutOfRangeAsync("limit", () => SearchAsync("芳", limit: 0));
    }
}
