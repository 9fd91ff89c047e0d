namespace Clues.Seed.Text;

/// <summary>Small Chinese numerals (一 to 九十九) as used in round and group names (第七届第三轮, 第一巡察组).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int n)
    {
        if (n is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(n), $"{n} is outside 1 to 99.");
        }

        if (n < 10)
        {
            return Digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        var head = tens == 1 ? "十" : Digits[tens] + "十";
        return ones == 0 ? head : head + Digits[ones];
    }
}
