using System.Globalization;
using Clues.Handover.Workflow;
using Clues.Packages.Letters;

namespace Clues.Handover.Packaging;

/// <summary>The handover letter (移交函) in the customary form: number, addressee, body, list of clues, issuer and date.</summary>
internal static class HandoverLetter
{
    public const string Title = "关于移交问题线索的函";

    // 序号 is narrow, the subject and problem columns get the room.
    private static readonly double[] ColumnWeights = [0.6, 2.4, 1.5, 2.0, 2.5, 1.7];

    public static ChineseLetter Compose(
        string number,
        string officeName,
        string recipientName,
        IReadOnlyList<HandoverItem> items,
        IReadOnlyList<IReadOnlyList<string>> registerRows,
        DateOnly today)
    {
        var full = items.Where(i => !i.StubOnly).ToList();
        var paragraphs = new List<string>
        {
            $"根据巡察工作安排，巡察组在巡察期间发现并梳理了问题线索。按照干部管理权限和问题性质，经巡察办报备、巡察工作领导小组批准，现将有关问题线索{items.Count}件（见附表）移交你单位。",
        };
        if (full.Count > 0)
        {
            var months = full.Min(i => i.FeedbackMonths);
            paragraphs.Add("请按照有关规定认真研究处置，并于" + today.AddMonths(months).ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
                + "前将办理情况书面反馈我办（反馈时限" + months.ToString(CultureInfo.InvariantCulture) + "个月，各件时限见附表）。");
        }

        if (full.Count < items.Count)
        {
            paragraphs.Add($"其中{items.Count - full.Count}件涉及上级管理干部，按规定在本轮巡察结束后统一报送，本函仅列明线索存根，不附线索材料。");
        }

        paragraphs.Add("线索材料按密件管理，注意保护举报人，不得向被反映人或无关人员泄露。");
        var bases = items.SelectMany(i => i.Problems).Select(p => p.Basis.TrimEnd('。')).Distinct(StringComparer.Ordinal).ToList();
        paragraphs.Add($"移交依据：{string.Join("；", bases.Take(3))}{(bases.Count > 3 ? "等" : "")}。");

        return new ChineseLetter(Title, number, recipientName + "：", paragraphs, officeName, today)
        {
            Table = new LetterTable(RegisterCsv.Headers, registerRows) { ColumnWeights = ColumnWeights },
            Closing = ["特此函告。", $"附件：问题线索移交清单（共{items.Count}件）"],
        };
    }
}
