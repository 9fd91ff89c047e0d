using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Tests.Matching;

public sealed class MatcherTests
{
    private readonly Matcher _matcher = new();

    [Fact]
    public void Equal_national_ids_with_equal_names_match_and_say_why()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("R1", "张伟", People.ZhangWeiId, "1975-03-02", Gender.Male));

        Assert.Equal(MatchDecision.Match, pair.Decision);
        Assert.Equal("national ID equal", pair.Reasons[0]);
        Assert.Contains("birth date matches ID 1975-03-02", pair.Reasons);
        Assert.Contains(pair.Reasons, r => r.StartsWith("name equal 张伟", StringComparison.Ordinal));
        Assert.InRange(pair.Score, 0.99, 1.0);
    }

    [Fact]
    public void Same_name_with_conflicting_valid_ids_is_not_a_match()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "张伟", People.ZhangWeiId, "1975-03-02"),
            People.Person("R1", "张伟", People.OtherZhangWeiId, "1975-03-02"));

        Assert.Equal(MatchDecision.NoMatch, pair.Decision);
        Assert.Equal("national ID conflict", pair.Reasons[0]);
    }

    [Fact]
    public void Same_name_without_id_and_another_birth_date_is_not_a_match()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("R1", "张伟", null, "1975-08-11"));

        Assert.Equal(MatchDecision.NoMatch, pair.Decision);
        Assert.Contains("birth date contradicts ID 1975-03-02/1975-08-11", pair.Reasons);
    }

    [Fact]
    public void Gender_against_the_gender_in_the_id_blocks_a_match()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("R1", "张伟", null, "1975-03-02", Gender.Female));

        Assert.NotEqual(MatchDecision.Match, pair.Decision);
        Assert.Contains("gender contradicts ID", pair.Reasons);
    }

    [Fact]
    public void A_transposed_id_that_fails_its_checksum_still_matches_as_mistyped()
    {
        var mistyped = People.Transpose(People.ZhangWeiId, 12);
        Assert.False(NationalIdNumber.TryParse(mistyped, out _, out _));

        var pair = _matcher.Compare(
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("R1", "张伟", mistyped, "1975-03-02"));

        Assert.Equal(MatchDecision.Match, pair.Decision);
        Assert.Contains("national ID fails checksum (right), one transposition from the other: mistyped", pair.Reasons);
    }

    [Fact]
    public void A_variant_character_in_the_name_is_named_in_the_reasons()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "王玲", People.WangLingId),
            People.Person("R1", "王琳", null, "1988-09-17", Gender.Female));

        Assert.Equal(MatchDecision.Match, pair.Decision);
        Assert.Contains(pair.Reasons, r => r.StartsWith("name variant 玲/琳", StringComparison.Ordinal));
    }

    [Fact]
    public void Traditional_characters_count_as_the_simplified_name()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "陳國華", null, "1960-01-05"),
            People.Person("R1", "陈国华", null, "1960-01-05"));

        Assert.Equal(MatchDecision.Match, pair.Decision);
        Assert.Contains(pair.Reasons, r => r.StartsWith("name variant 陳/陈 國/国 華/华", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_alone_without_id_or_birth_date_goes_to_review_at_most()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "欧阳振华", null, null, Gender.Male, "江临市财政局"),
            People.Person("R1", "欧阳振华", null, null, Gender.Male, "江临市财政局"));

        Assert.Equal(MatchDecision.Review, pair.Decision);
        Assert.Contains("shared unit 江临市财政局", pair.Reasons);
        Assert.Contains("birth date missing on both sides", pair.Reasons);
    }

    [Fact]
    public void Different_names_with_an_equal_id_go_to_review_not_match()
    {
        var pair = _matcher.Compare(
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("R1", "李秀英", People.ZhangWeiId));

        Assert.Equal(MatchDecision.Review, pair.Decision);
        Assert.Contains("not a MATCH: names differ", pair.Reasons);
    }

    [Fact]
    public void A_fifteen_digit_first_generation_id_matches_its_eighteen_digit_form()
    {
        // 15-digit cards drop the century and the check character: 431421 750302 001.
        var pair = _matcher.Compare(
            People.Person("L1", "张伟", "431421750302001"),
            People.Person("R1", "张伟", People.ZhangWeiId));

        Assert.Equal(MatchDecision.Match, pair.Decision);
        Assert.Equal("national ID equal", pair.Reasons[0]);
    }

    [Fact]
    public void Companies_with_equal_credit_codes_match_despite_a_legal_form_change()
    {
        var pair = _matcher.Compare(
            People.Company("L1", "江临市祥丰市政工程有限公司", People.XiangfengCode),
            People.Company("R1", "江临市祥丰市政工程有限责任公司", People.XiangfengCode));

        Assert.Equal(MatchDecision.Match, pair.Decision);
        Assert.Equal("credit code equal", pair.Reasons[0]);
        Assert.Contains("company name equal apart from legal form 有限公司/有限责任公司", pair.Reasons);
    }

    [Fact]
    public void Companies_with_the_same_name_and_conflicting_credit_codes_never_match()
    {
        var pair = _matcher.Compare(
            People.Company("L1", "江临市祥丰市政工程有限公司", People.XiangfengCode),
            People.Company("R1", "江临市祥丰市政工程有限公司", People.OtherCode));

        Assert.Equal(MatchDecision.NoMatch, pair.Decision);
        Assert.Equal("credit code conflict", pair.Reasons[0]);
    }

    [Fact]
    public void Companies_known_by_name_only_go_to_review()
    {
        var pair = _matcher.Compare(
            People.Company("L1", "江临市祥丰市政工程有限公司", People.XiangfengCode),
            People.Company("R1", "江临市祥丰市政工程有限公司"));

        Assert.Equal(MatchDecision.Review, pair.Decision);
        Assert.Contains("credit code missing on one side", pair.Reasons);
    }

    [Fact]
    public void Match_finds_pairs_through_blocking_and_leaves_strangers_out()
    {
        MatchRecord[] left =
        [
            People.Person("L1", "张伟", People.ZhangWeiId),
            People.Person("L2", "王玲", People.WangLingId),
            People.Company("L3", "江临市祥丰市政工程有限公司", People.XiangfengCode),
            People.Person("L4", "赵敏", null, "1990-02-02"),
        ];
        MatchRecord[] right =
        [
            People.Person("R1", "李强", null, "1970-01-01"),
            People.Person("R2", "王琳", People.Transpose(People.WangLingId, 3)),
            People.Person("R3", "张伟", People.OtherZhangWeiId),
            People.Person("R4", "张纬", null, "1975-03-02", Gender.Male),
            People.Company("R5", "江临市祥丰市政工程有限责任公司", People.XiangfengCode),
        ];

        var result = _matcher.Match(left, right);

        var matched = result.Pairs.Where(p => p.Decision == MatchDecision.Match).Select(p => (p.LeftId, p.RightId)).ToList();
        Assert.Equal([("L2", "R2"), ("L3", "R5")], matched);
        var review = Assert.Single(result.Pairs, p => p.Decision == MatchDecision.Review);
        Assert.Equal(("L1", "R4"), (review.LeftId, review.RightId));
        Assert.DoesNotContain(result.Pairs, p => p.RightId == "R3" || p.RightId == "R1" || p.LeftId == "L4");
        Assert.True(result.CandidatePairs >= 3, $"blocking proposed only {result.CandidatePairs} pairs");
    }

    [Fact]
    public void Match_gives_the_same_pairs_in_the_same_order_whatever_the_parallelism()
    {
        var left = Enumerable.Range(0, 3000).Select(i => People.Person($"L{i}", i % 2 == 0 ? "张伟" : "王芳", null, new DateOnly(1960, 1, 1).AddDays(i % 400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var right = left.Select(r => r with { Id = "R" + r.Id[1..] }).ToArray();

        var one = new Matcher(new MatchOptions(Parallelism: 1)).Match(left, right);
        var four = new Matcher(new MatchOptions(Parallelism: 4)).Match(left, right);

        Assert.Equal(one.Pairs.Select(p => $"{p.LeftId}>{p.RightId}:{p.Decision}:{p.Score}"), four.Pairs.Select(p => $"{p.LeftId}>{p.RightId}:{p.Decision}:{p.Score}"));
        Assert.Equal(one.CandidatePairs, four.CandidatePairs);
        Assert.True(one.Pairs.Count >= 3000, $"only {one.Pairs.Count} pairs");
    }
}
