using System.Text;

namespace Clues.Sharing.Matching.Names;

/// <summary>Normalises names as typed: no spaces or middle dots, half-width Latin and digits, upper case.</summary>
internal static class NameText
{
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
        "轩辕", "令狐", "钟离", "端木", "申屠", "澹台", "太史", "南宫", "西门", "百里", "呼延", "闻人", "独孤",
    ];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw;
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (char.IsWhiteSpace(c) || c is '·' or '•' or '・' or '.' or '\u3000')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Length of the family name at the start of a (canonical) full name: 2 for a compound surname, else 1.</summary>
    public static int SurnameLength(string name)
    {
        if (name.Length >= 3)
        {
            foreach (var compound in CompoundSurnames)
            {
                if (name.StartsWith(compound, StringComparison.Ordinal))
                {
                    return 2;
                }
            }
        }

        return name.Length == 0 ? 0 : 1;
    }
}
