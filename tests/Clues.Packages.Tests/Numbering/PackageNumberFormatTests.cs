using Clues.Packages.Numbering;

namespace Clues.Packages.Tests.Numbering;

public sealed class PackageNumberFormatTests
{
    [Fact]
    public void The_default_template_writes_and_reads_a_handover_number()
    {
        var format = new PackageNumberFormat(PackageNumberFormat.DefaultHandoverTemplate);

        var text = format.Format(new PackageNumber("江临", 2026, 12));

        Assert.Equal("江临巡移〔2026〕12号", text);
        Assert.True(format.TryParse(text, out var parsed));
        Assert.Equal(new PackageNumber("江临", 2026, 12), parsed);
    }

    [Theory]
    [InlineData("江临巡移〔2026〕号")]
    [InlineData("江临巡移〔26〕12号")]
    [InlineData("江临巡移〔2026〕012号")]
    [InlineData("江临巡交〔2026〕12号")]
    [InlineData("")]
    public void Text_that_does_not_follow_the_template_is_not_parsed(string text)
    {
        Assert.False(new PackageNumberFormat(PackageNumberFormat.DefaultHandoverTemplate).TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void A_configured_template_with_regex_characters_round_trips()
    {
        var format = new PackageNumberFormat("{prefix}巡交[{year}].({seq})");

        Assert.Equal("宁远巡交[2027].(3)", format.Format(new PackageNumber("宁远", 2027, 3)));
        Assert.True(format.TryParse("宁远巡交[2027].(3)", out var parsed));
        Assert.Equal(3, parsed!.Sequence);
    }

    [Theory]
    [InlineData("{prefix}巡移〔{year}〕号", "{year} and {seq} exactly once")]
    [InlineData("{prefix}{unit}〔{year}〕{seq}号", "unknown placeholder {unit}")]
    [InlineData("{prefix}巡移〔{year}〕{seq}号}", "unmatched brace")]
    public void A_malformed_template_is_refused_naming_the_problem(string template, string reason)
    {
        var error = Assert.Throws<FormatException>(() => new PackageNumberFormat(template));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
