using Clues.Core.Graph;
using static Clues.Graph.Embedded.Tests.Records;

namespace Clues.Graph.Embedded.Tests;

public sealed class NameSearchTests : IAsyncLifetime
{
    private readonly TempStoreDirectory _directory = new();
    private EmbeddedGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _directory.OpenAsync();
        await _store.WriteAsync(Batch(
        [
            Node("p1", name: "王建国"),
            Node("p2", name: "李建国"),
            Node("p3", name: "建国"),
            Node("p4", name: "张建华"),
            Node("p5", name: "王"),
            Node("p6", name: "汪洋"),
            Node("c1", NodeLabel.Company, "Acme Trading Co."),
            Node("c2", NodeLabel.Company, "ＡＢＣ建设有限公司"),
            Node("c3", NodeLabel.Company, "建国建筑公司"),
            Node("u1", NodeLabel.Unit, "建国街道"),
            Node("x1", NodeLabel.Person, null),
        ]));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<List<string>> Search(string text, IReadOnlySet<NodeLabel>? labels = null, int limit = 20) =>
        [.. (await _store.SearchNamesAsync(new NameSearchQuery(text, labels, limit))).Select(n => n.Id)];

    [Fact]
    public async Task One_character_query_finds_every_name_holding_it_and_nothing_else()
    {
        // Exact "王" first, then the prefix match; 汪 is a different character.
        Assert.Equal(["p5", "p1"], await Search("王"));
    }

    [Fact]
    public async Task Two_character_given_name_is_found_ranked_exact_then_prefix_then_contains()
    {
        // Exact p3; prefixes u1 (4 chars) before c3 (6); contains p1, p2 (same length: id order).
        Assert.Equal(["p3", "u1", "c3", "p1", "p2"], await Search("建国"));
    }

    [Fact]
    public async Task Bigrams_in_the_wrong_order_do_not_match()
    {
        // Every bigram of these queries occurs in 建国建筑公司, but the whole query does not.
        Assert.Empty(await Search("国建国"));
        Assert.Empty(await Search("建国建国"));
        Assert.Equal(["c3"], await Search("国建"));
    }

    [Fact]
    public async Task Latin_names_match_case_insensitively()
    {
        Assert.Equal(["c1"], await Search("ACME"));
        Assert.Equal(["c1"], await Search("trading co"));
    }

    [Fact]
    public async Task Full_width_characters_match_their_normal_width_forms_both_ways()
    {
        Assert.Equal(["c2"], await Search("abc"));
        Assert.Equal(["c1"], await Search("ａｃｍｅ"));
    }

    [Fact]
    public async Task Label_filter_and_limit_apply()
    {
        Assert.Equal(["c3"], await Search("建国", SetOf(NodeLabel.Company)));
        Assert.Equal(["p3", "u1"], await Search("建国", limit: 2));
    }

    [Fact]
    public async Task Renamed_and_deleted_nodes_leave_the_index()
    {
        await _store.WriteAsync(new GraphBatch { Nodes = [Node("p1", name: "王新名")], DeleteNodes = ["p2"] });

        Assert.Equal(["p3", "u1", "c3"], await Search("建国"));
        Assert.Equal(["p1"], await Search("新名"));
    }

    [Fact]
    public async Task Index_is_rebuilt_on_reopen()
    {
        await _store.DisposeAsync();
        _store = await _directory.OpenAsync();

        Assert.Equal(["p3", "u1", "c3", "p1", "p2"], await Search("建国"));
        Assert.Equal(["c2"], await Search("ａｂｃ"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Limit_outside_1_to_1000_is_refused(int limit)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.SearchNamesAsync(new NameSearchQuery("王", null, limit)));
        Assert.Contains("Limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_text_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SearchNamesAsync(new NameSearchQuery("")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(1000)]
    public async Task With_thousands_of_matches_the_limit_keeps_exactly_the_best_ranked_ones_in_order(int limit)
    {
        // 3,000 names holding 李, in shuffled order and with repeated lengths and names, so ties need the id.
        var random = new Random(limit);
        string[] given = ["", "明", "建国", "小红", "卫东", "国庆节", "李", "春花秋月"];
        var nodes = Enumerable.Range(0, 3000)
            .Select(i => Node($"m{random.Next(100_000):D6}-{i}", name: random.Next(3) switch
            {
                0 => "李" + given[random.Next(given.Length)],
                1 => given[random.Next(given.Length)] + "李" + given[random.Next(given.Length)],
                _ => "老" + given[random.Next(given.Length)] + "李",
            }))
            .ToList();
        await _store.WriteAsync(Batch(nodes));

        int Rank(string name) => name == "李" ? 0 : name.StartsWith('李') ? 1 : 2;
        var expected = nodes.Concat([Node("p1", name: "王建国"), Node("p2", name: "李建国")])
            .Where(n => n.Name!.Contains('李'))
            .OrderBy(n => Rank(n.Name!)).ThenBy(n => n.Name!.Length).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(n => n.Id)
            .ToList();

        Assert.Equal(expected, await Search("李", limit: limit));
    }

    private static IReadOnlySet<T> SetOf<T>(params T[] items) => new HashSet<T>(items);
}
