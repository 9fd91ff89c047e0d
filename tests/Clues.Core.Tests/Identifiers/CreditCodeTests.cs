using Clues.Core.Identifiers;

namespace Clues.Core.Tests.Identifiers;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000802100433B")]
    [InlineData("91330106MA27XKR71K")]
    public void Valid_codes_are_accepted(string text) => Assert.Equal(text, CreditCode.Parse(text).Value);

    [Fact]
    public void Wrong_check_character_is_refused_naming_the_expected_one()
    {
        var error = Assert.Throws<DomainValidationException>(() => CreditCode.Parse("91330106MA27XKR71L"));

        Assert.Equal("creditCode", error.Field);
        Assert.Contains("should be 'K'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100I000100Y43", "'I' at position 9")]
    [InlineData("9135010", "7 characters")]
    public void Characters_outside_the_alphabet_and_wrong_lengths_are_refused(string text, string reason)
    {
        Assert.False(CreditCode.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBody_makes_a_code_that_parses()
    {
        Assert.Equal("91350100M000100Y43", CreditCode.FromBody("91350100M000100Y4").Value);
    }
}
