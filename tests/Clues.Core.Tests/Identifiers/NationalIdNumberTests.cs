using Clues.Core.Identifiers;

namespace Clues.Core.Tests.Identifiers;

public sealed class NationalIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("11010519491231002x")]
    public void Valid_numbers_are_accepted_and_normalised(string text)
    {
        var id = NationalIdNumber.Parse(text);

        Assert.Equal(text.ToUpperInvariant(), id.Value);
    }

    [Fact]
    public void Birth_date_and_gender_are_read_from_the_number()
    {
        var id = NationalIdNumber.Parse("11010519491231002X");

        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.False(id.IsMale);
        Assert.Equal("110105", id.DivisionCode);
    }

    [Fact]
    public void Wrong_check_character_is_refused_naming_the_expected_one()
    {
        var error = Assert.Throws<DomainValidationException>(() => NationalIdNumber.Parse("110105194912310021"));

        Assert.Equal("nationalId", error.Field);
        Assert.Contains("should be 'X'", error.Message, StringComparison.Ordinal);
        Assert.Contains("110105194912310021", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "0 characters")]
    [InlineData("1101051949123100", "16 characters")]
    [InlineData("1101051949A231002X", "'A' at position 11")]
    public void Malformed_numbers_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(NationalIdNumber.TryParse(text, out var id, out var error));
        Assert.Null(id);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_birth_date_is_refused_even_with_a_good_checksum()
    {
        var body = "11010519491331002"; // month 13
        var error = Assert.Throws<DomainValidationException>(() => NationalIdNumber.FromBody(body));

        Assert.Contains("not a real date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBody_computes_the_check_character()
    {
        Assert.Equal("11010519491231002X", NationalIdNumber.FromBody("11010519491231002").Value);
        Assert.Equal("440524188001010014", NationalIdNumber.FromBody("44052418800101001").Value);
    }

    [Theory]
    [InlineData("00000019800101001")]
    [InlineData("99010119800101001")]
    [InlineData("10010119800101001")]
    public void A_number_outside_every_province_is_refused_even_with_a_good_checksum(string body)
    {
        var error = Assert.Throws<DomainValidationException>(() => NationalIdNumber.FromBody(body));

        Assert.Contains("not the division code of any province", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("81000019800101001")]
    [InlineData("94300019800101001")]
    public void Hong_Kong_residents_permits_and_foreigners_permanent_residence_numbers_are_accepted(string body)
    {
        Assert.Equal(body, NationalIdNumber.FromBody(body).Value[..17]);
    }
}
