using System.Text;

namespace Clues.Handover.Packaging;

/// <summary>The 移交清单 as CSV: UTF-8 with a byte-order mark so spreadsheet programs in China open the Chinese text right.</summary>
internal static class RegisterCsv
{
    public static readonly string[] Headers = ["序号", "线索编号", "反映对象", "问题类别", "移交规则", "反馈时限"];

    public static byte[] Write(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i];

            // RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a cell as a formula.
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
            {
                cell = "'" + cell;
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }
}
