using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Tests.Matching;

/// <summary>Hand-made person and company records with real, checksum-valid identifiers.</summary>
internal static class People
{
    // 431421 is a county of the demo city; sequence 001 is odd, so male.
    public static readonly string ZhangWeiId = NationalIdNumber.FromBody("43142119750302001").Value;
    public static readonly string OtherZhangWeiId = NationalIdNumber.FromBody("43142119750302003").Value;
    public static readonly string WangLingId = NationalIdNumber.FromBody("43140219880917002").Value;
    public static readonly string XiangfengCode = CreditCode.FromBody("91431400MA4L12345").Value;
    public static readonly string OtherCode = CreditCode.FromBody("91431400MA4L67890").Value;

    public static MatchRecord Person(string id, string? name, string? idNumber = null, string? birth = null, Gender? gender = null, string? unit = null) =>
        new(id, EntityKind.Person, name, idNumber, birth is null ? null : DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), gender, null, unit);

    public static MatchRecord Company(string id, string? name, string? code = null, string? unit = null) =>
        new(id, EntityKind.Company, name, null, null, null, code, unit);

    /// <summary>The ID with the two characters at <paramref name="position"/> and the next swapped.</summary>
    public static string Transpose(string id, int position)
    {
        var chars = id.ToCharArray();
        (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
        return new string(chars);
    }
}
