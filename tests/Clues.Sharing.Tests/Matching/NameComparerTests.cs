using Clues.Sharing.Matching.Names;

namespace Clues.Sharing.Tests.Matching;

public sealed class NameComparerTests
{
    private static readonly VariantCharacters Variants = VariantCharacters.Default;

    private static NameComparison Compare(string a, string b)
    {
        var x = NameText.Normalize(a);
        var y = NameText.Normalize(b);
        return NameComparer.Compare(x, Variants.Canonicalize(x), y, Variants.Canonicalize(y), Variants);
    }

    [Theory]
    [InlineData("李 峰", "李峰", "Equal")]
    [InlineData("阿依古丽·买买提", "阿依古丽买买提", "Equal")]
    [InlineData("李峰", "李锋", "Variant")]
    [InlineData("张伟", "張偉", "Variant")]
    [InlineData("刘德华", "刘德化", "Variant")]
    [InlineData("刘德华", "刘得华", "OneEdit")]
    [InlineData("刘德华", "刘华德", "OneEdit")]
    [InlineData("刘德华", "刘德", "OneEdit")]
    [InlineData("刘德华", "王建国", "Different")]
    [InlineData("刘德华", "", "Missing")]
    public void Names_compare_at_character_level_with_variants_folded(string a, string b, string expected) =>
        Assert.Equal(expected, Compare(a, b).Agreement.ToString());

    [Fact]
    public void A_changed_surname_is_reported_as_such()
    {
        var comparison = Compare("章建国", "李建国");

        Assert.Equal(NameAgreement.OneEdit, comparison.Agreement);
        Assert.True(comparison.SurnameDiffers);
    }

    [Fact]
    public void Compound_surnames_are_one_family_name()
    {
        Assert.Equal(2, NameText.SurnameLength("欧阳振华"));
        Assert.Equal(1, NameText.SurnameLength("欧振华"));
    }

    [Fact]
    public void The_variant_table_merges_groups_that_share_a_character()
    {
        var table = VariantCharacters.FromLines(["# comment", "红宏", "宏鸿", "", "峰锋"]);

        Assert.True(table.AreVariants('红', '鸿'));
        Assert.False(table.AreVariants('红', '峰'));
        Assert.False(table.AreVariants('红', '红'));
        Assert.Equal("李宏", table.Canonicalize("李鸿"));
    }

    [Fact]
    public void Edit_distance_counts_an_adjacent_swap_as_one()
    {
        Assert.Equal(1, EditDistance.Compute("431421197503020011", "431421197530020011", 3));
        Assert.True(EditDistance.IsAdjacentTransposition("431421197503020011", "431421197530020011"));
        Assert.False(EditDistance.IsAdjacentTransposition("431421197503020011", "431421197503020012"));
        Assert.Equal(3, EditDistance.Compute("abcdef", "xyzdef", 2));
    }
}
