using System.Text;
using Clues.Handover.Packaging;

namespace Clues.Handover.Tests.Packaging;

public sealed class RegisterCsvTests
{
    [Fact]
    public void Register_starts_with_a_byte_order_mark_and_the_Chinese_headers()
    {
        var bytes = RegisterCsv.Write([]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("序号,线索编号,反映对象,问题类别,移交规则,反馈时限\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Cells_with_commas_quotes_and_line_breaks_are_quoted_so_each_row_stays_one_record()
    {
        var text = Encoding.UTF8.GetString(RegisterCsv.Write([["1", "XC-1", "王伟,李娜", "说\"明\"", "R1", "第一行\n第二行"]])[3..]);

        Assert.EndsWith("1,XC-1,\"王伟,李娜\",\"说\"\"明\"\"\",R1,\"第一行\n第二行\"\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_defused_with_a_leading_apostrophe(string cell)
    {
        var text = Encoding.UTF8.GetString(RegisterCsv.Write([["1", cell, "", "", "", ""]])[3..]);
        var row = text.Split("\r\n")[1];

        Assert.DoesNotContain("," + cell, row, StringComparison.Ordinal);
        Assert.Contains("'" + cell.Replace("\"", "\"\"", StringComparison.Ordinal), row, StringComparison.Ordinal);
    }
}
