using Clues.Core.Identifiers;

namespace Clues.Core.Tests.Identifiers;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("330000", true, false)]
    [InlineData("330100", false, true)]
    [InlineData("330106", false, false)]
    public void Level_is_read_from_the_trailing_zeros(string text, bool province, bool city)
    {
        var code = DivisionCode.Parse(text);

        Assert.Equal(province, code.IsProvince);
        Assert.Equal(city, code.IsCity);
    }

    [Theory]
    [InlineData("33010")]
    [InlineData("3301A6")]
    [InlineData("000100")]
    public void Malformed_codes_are_refused(string text) =>
        Assert.Throws<DomainValidationException>(() => DivisionCode.Parse(text));
}
