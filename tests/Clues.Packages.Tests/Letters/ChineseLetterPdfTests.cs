using System.Text;
using Clues.Packages.Letters;

namespace Clues.Packages.Tests.Letters;

public sealed class ChineseLetterPdfTests
{
    private static readonly string ArtifactFolder = Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task A_handover_letter_renders_to_a_page_with_ink_and_its_chinese_text_can_be_extracted()
    {
        var renderer = await ChineseLetterPdf.LoadAsync(null, CancellationToken.None);
        var pdf = renderer.Render(Letter(rows: 3));
        var path = await SaveAsync("letter.pdf", pdf);

        var png = await RenderPageAsync(path, "letter");
        var (width, height, dark) = PngPixels.DarkPixels(png);
        var text = Squash(await PopplerTool.RunAsync("pdftotext", "-layout", path, "-"));

        Assert.InRange(width, 400, 450);
        Assert.InRange(height, 570, 600);
        Assert.InRange(dark, 0.01, 0.25);
        Assert.Contains("关于移交问题线索的函", text, StringComparison.Ordinal);
        Assert.Contains("江临巡移〔2026〕12号", text, StringComparison.Ordinal);
        Assert.Contains("江临市纪委监委：", text, StringComparison.Ordinal);
        Assert.Contains("违规收受管理服务对象礼金", text, StringComparison.Ordinal);
        Assert.Contains("XC-2026-0002", text, StringComparison.Ordinal);
        Assert.Contains("江临市委巡察办", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月5日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("— 1 —", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_table_flows_onto_numbered_pages()
    {
        var renderer = await ChineseLetterPdf.LoadAsync(null, CancellationToken.None);
        var path = await SaveAsync("letter-long.pdf", renderer.Render(Letter(rows: 40)));

        var info = await PopplerTool.RunAsync("pdfinfo", path);
        var text = Squash(await PopplerTool.RunAsync("pdftotext", path, "-"));
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Contains($"—{pages}—", text, StringComparison.Ordinal);
        Assert.Contains("XC-2026-0040", text, StringComparison.Ordinal);
        Assert.Equal(pages, text.Split("线索编号").Length - 1);
        var last = await RenderPageAsync(path, "letter-long", pages);
        Assert.InRange(PngPixels.DarkPixels(last).DarkRatio, 0.002, 0.25);
    }

    [Fact]
    public async Task The_same_letter_gives_the_same_bytes_and_embeds_only_a_subset_of_the_font()
    {
        var renderer = await ChineseLetterPdf.LoadAsync(null, CancellationToken.None);

        var first = renderer.Render(Letter(rows: 2));
        var second = renderer.Render(Letter(rows: 2));

        Assert.Equal(first, second);
        Assert.True(first.Length < 1024 * 1024, $"{first.Length} bytes; the font subset should be small");
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(first), StringComparison.Ordinal);
        Assert.Empty(renderer.MissingCharacters("关于移交问题线索的函江临市纪委监委〔〕"));
    }

    [Fact]
    public async Task A_font_with_cff_outlines_or_a_missing_file_is_refused_naming_the_debian_package()
    {
        var cff = await Assert.ThrowsAsync<CjkFontNotFoundException>(() => ChineseLetterPdf.LoadAsync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", CancellationToken.None));
        var missing = await Assert.ThrowsAsync<CjkFontNotFoundException>(() => ChineseLetterPdf.LoadAsync("/nonexistent/font.ttc", CancellationToken.None));

        Assert.Contains("fonts-arphic-uming", cff.Message, StringComparison.Ordinal);
        Assert.Contains("CFF", cff.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-arphic-uming", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_lines_break_anywhere_but_keep_punctuation_and_latin_words_in_place()
    {
        var lines = LineBreaker.Wrap("经巡察发现，王伦良同志（XC-2026-0001）存在问题。", 14, token => token.Length);

        Assert.All(lines.Skip(1), line => Assert.False("，。）".Contains(line[0], StringComparison.Ordinal), line));
        Assert.All(lines, line => Assert.False(line.EndsWith('（'), line));
        Assert.Contains(lines, line => line.Contains("XC-2026-0001", StringComparison.Ordinal));
        Assert.Equal("经巡察发现，王伦良同志（XC-2026-0001）存在问题。", string.Concat(lines));
    }

    private static ChineseLetter Letter(int rows) => new(
        "关于移交问题线索的函",
        "江临巡移〔2026〕12号",
        "江临市纪委监委：",
        [
            "根据市委统一部署，市委第三巡察组于2026年1月至2月对市住房和城乡建设局党组开展了常规巡察。巡察期间收到反映该局有关人员的问题线索，经巡察工作领导小组审议并报市委书记专题会批准，现将有关问题线索移交你委，请按照干部管理权限和有关规定处置。",
            "请于收到本函之日起三个月内将办理情况反馈市委巡察办。",
        ],
        "江临市委巡察办",
        new DateOnly(2026, 3, 5))
    {
        Table = new LetterTable(
            ["线索编号", "被反映人", "反映的主要问题"],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"XC-2026-{i:D4}", i % 2 == 0 ? "王伦良" : "陈国栋", i % 2 == 0 ? "违规收受管理服务对象礼金，在工程项目招投标中为特定关系人谋取利益" : "违规操办婚丧喜庆事宜"]).ToList())
        {
            ColumnWeights = [2, 1.5, 5],
        },
        Closing = ["特此函告。"],
    };

    private static async Task<string> SaveAsync(string name, byte[] pdf)
    {
        Directory.CreateDirectory(ArtifactFolder);
        var path = Path.Combine(ArtifactFolder, name);
        await File.WriteAllBytesAsync(path, pdf);
        return path;
    }

    private static async Task<byte[]> RenderPageAsync(string pdf, string stem, int page = 1)
    {
        var prefix = Path.Combine(ArtifactFolder, stem);
        await PopplerTool.RunAsync("pdftoppm", "-png", "-r", "50", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdf, prefix);
        return await File.ReadAllBytesAsync(prefix + ".png");
    }

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
