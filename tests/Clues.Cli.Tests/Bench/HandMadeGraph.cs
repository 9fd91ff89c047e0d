using Clues.Cli.Bench;
using Clues.Core.Graph;

namespace Clues.Cli.Tests.Bench;

/// <summary>
/// A twelve-node graph small enough to work out by hand, with the traps a wrong peer falls into:
/// parallel relationships (a→b twice and b→a), self-loops (a→a, g→g), a longer detour beside the
/// shortest route, a path of exactly six hops, pairs seven hops apart and an isolated node.
/// </summary>
/// <remarks>
/// <code>
///   k ─ l                 (a→k, k→l, l→c: the 3-hop detour from a to c)
///   │    \
///   a ═══ b ─ c ─ d ─ e ─ f ─ h ─ i ─ j        g (only a self-loop)
///   ↺ (self-loop)
/// </code>
/// Neighbours: a{b,k} b{a,c} c{b,d,l} d{c,e} e{d,f} f{e,h} h{f,i} i{h,j} j{i} k{a,l} l{k,c} g{}.
/// Degrees (relationships at the node, a self-loop once): a 5 (a–b three times, a↺, a–k), b 4, c 3,
/// g 1, j 1, every other node 2.
/// </remarks>
internal static class HandMadeGraph
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];

    /// <summary>Distinct nodes at distance 1 or 2, worked out from the neighbour lists above.</summary>
    public static IReadOnlyList<(string Center, int Expected)> TwoHop { get; } =
    [
        ("a", 4), // b k | c l
        ("b", 5), // a c | k d l
        ("c", 6), // b d l | a e k
        ("d", 5), // c e | b l f
        ("g", 0), // the self-loop reaches only g itself
        ("j", 2), // i | h
        ("k", 4), // a l | b c
    ];

    /// <summary>The node limit of <see cref="Sample"/>: the centre and three more, so most neighbourhoods truncate.</summary>
    public const int NodeLimit = 4;

    /// <summary>
    /// The drawable 2-hop neighbourhoods at <see cref="NodeLimit"/>, worked out from the lists above:
    /// taken nodes (centre, then depth 1, then depth 2, each by id, until four are taken), relationships
    /// with both ends taken (each once, parallel ones and self-loops included), the taken nodes'
    /// degrees and distinct neighbours not taken, summed, and the nodes within two hops.
    /// </summary>
    public static IReadOnlyList<(string Center, string Taken, int Edges, int Degrees, int Omitted, int Total)> Neighbourhoods { get; } =
    [
        // d1 b k, d2 c l: l is cut. Edges a–b ×3, a↺, a–k, b–c. Degrees 5+4+2+3. Omitted k{l} c{d,l}.
        ("a", "abkc", 6, 14, 3, 4),
        // d1 a c, d2 d k l: k and l are cut. Edges a–b ×3, a↺, b–c, c–d. Degrees 4+5+3+2. Omitted a{k} c{l} d{e}.
        ("b", "bacd", 6, 14, 3, 5),
        // d1 b d l fills the limit exactly; d2 a e k are all cut. Edges b–c, c–d, l–c. Degrees 3+4+2+2. Omitted b{a} d{e} l{k}.
        ("c", "cbdl", 3, 11, 3, 6),
        // d1 c e, d2 b f l: f and l are cut. Edges c–d, d–e, b–c. Degrees 2+3+2+4. Omitted c{l} e{f} b{a}.
        ("d", "dceb", 3, 11, 3, 5),
        // Only the centre; its self-loop is drawn and counted once, and it omits nothing.
        ("g", "g", 1, 1, 0, 0),
        // Not truncated: d1 i, d2 h. Edges i–j, h–i. Degrees 1+2+2. Omitted h{f}.
        ("j", "jih", 2, 5, 1, 2),
        // d1 a l, d2 b c: c is cut. Edges a–k, k–l, a–b ×3, a↺. Degrees 2+5+2+4. Omitted l{c} b{c}.
        ("k", "kalb", 6, 13, 2, 4),
    ];

    /// <summary>Fewest hops, null when the ends are more than six hops apart or not connected.</summary>
    public static IReadOnlyList<(string From, string To, int? Expected)> Paths { get; } =
    [
        ("a", "c", 2),    // a-b-c, not the detour a-k-l-c
        ("a", "h", 6),    // a-b-c-d-e-f-h: exactly the limit
        ("a", "i", null), // seven hops
        ("a", "g", null), // g is not connected
        ("b", "a", 1),    // three parallel relationships count as one hop
        ("j", "e", 4),    // j-i-h-f-e
        ("k", "h", 6),    // k-l-c-d-e-f-h
        ("k", "i", null), // seven hops
        ("l", "b", 2),    // l-c-b
        ("g", "a", null),
    ];

    /// <summary>Name fragments and how many names contain them.</summary>
    public static IReadOnlyList<(string Text, int Expected)> Names { get; } =
    [
        ("三丰", 1),
        ("李四", 1),
        ("有限", 1),
        ("不存在", 0),
    ];

    public static BenchGraph Build()
    {
        var ids = Letters.Select(l => $"n:{l}").ToArray();
        var labels = Letters.Select(l => l switch
        {
            "d" => NodeLabel.Unit,
            "h" => NodeLabel.Company,
            "k" or "l" => NodeLabel.Position,
            _ => NodeLabel.Person,
        }).ToArray();
        string?[] names = ["张三丰", "李四", "王五", "财政局", "赵六", "钱七", "孙八", "某某有限公司", "周九", "吴十", null, "科员"];
        (string From, string To)[] edges =
        [
            ("a", "b"), ("b", "a"), ("a", "b"), ("a", "a"),
            ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("f", "h"), ("h", "i"), ("i", "j"),
            ("a", "k"), ("k", "l"), ("l", "c"),
            ("g", "g"),
        ];
        return new BenchGraph(
            ids,
            labels,
            names,
            edges.Select(e => Index(e.From)).ToArray(),
            edges.Select(e => Index(e.To)).ToArray());
    }

    /// <summary>
    /// Every expected case as sampled inputs, warm-up included, in the order of the lists above, with
    /// the small <see cref="NodeLimit"/> (the centres of <see cref="TwoHop"/> and <see cref="Neighbourhoods"/> are the same).
    /// </summary>
    public static BenchSample Sample()
    {
        int[] centers = [.. TwoHop.Select(t => Index(t.Center))];
        (int, int)[] pairs = [.. Paths.Select(p => (Index(p.From), Index(p.To)))];
        string[] names = [.. Names.Select(n => n.Text)];
        return new BenchSample(centers, pairs, names, centers[..2], pairs[..2], names[..2]) { NodeLimit = NodeLimit };
    }

    public static int Index(string letter) => Array.IndexOf(Letters, letter);
}
