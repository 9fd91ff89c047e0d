using Clues.Core.Identifiers;
using Clues.Sharing.Identifiers;

namespace Clues.Sharing.Tests.Identifiers;

public sealed class IdentifierCheckTests
{
    [Theory]
    [InlineData("11010119800229001")]
    [InlineData("43142119750302001")]
    [InlineData("81000019900101001")]
    [InlineData("91100019900101001")]
    public void Numbers_of_real_provinces_and_of_permanent_residence_cards_pass(string body) =>
        Assert.Null(IdentifierCheck.NationalIdProblem(NationalIdNumber.FromBody(body).Value));

    [Theory]
    [InlineData("00000019750302001", "000000")]
    [InlineData("99142119750302001", "991421")]
    [InlineData("10010119750302001", "100101")]
    [InlineData("90000019750302001", "900000")]
    public void A_number_that_passes_its_checksum_but_names_no_province_is_refused_naming_the_region(string body, string region)
    {
        var number = BadIdentifiers.WithValidChecksum(body);

        var problem = IdentifierCheck.NationalIdProblem(number);

        Assert.NotNull(problem);
        Assert.Contains($"starts with '{region}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_refused_with_the_expected_character() =>
        Assert.Contains("the check character should be", IdentifierCheck.CreditCodeProblem(BadIdentifiers.WrongCheckCharacter(BadIdentifiers.GoodCreditCode)), StringComparison.Ordinal);
}
