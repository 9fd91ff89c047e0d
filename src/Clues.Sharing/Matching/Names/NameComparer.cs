using System.Text;

namespace Clues.Sharing.Matching.Names;

/// <summary>Character-level comparison of Chinese names with the variant-character table folded in.</summary>
internal static class NameComparer
{
    /// <summary>Compares normalised names; <paramref name="canonicalA"/>/<paramref name="canonicalB"/> are their variant-folded forms.</summary>
    public static NameComparison Compare(string a, string canonicalA, string b, string canonicalB, VariantCharacters variants)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return new NameComparison(NameAgreement.Missing, "", false);
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return new NameComparison(NameAgreement.Equal, a, false);
        }

        var surnameA = canonicalA[..NameText.SurnameLength(canonicalA)];
        var surnameB = canonicalB[..NameText.SurnameLength(canonicalB)];
        var surnameDiffers = !string.Equals(surnameA, surnameB, StringComparison.Ordinal);
        if (string.Equals(canonicalA, canonicalB, StringComparison.Ordinal))
        {
            return new NameComparison(NameAgreement.Variant, VariantPairs(a, b, variants), false);
        }

        var distance = EditDistance.Compute(canonicalA, canonicalB, 1);
        return distance == 1
            ? new NameComparison(NameAgreement.OneEdit, a + "/" + b, surnameDiffers)
            : new NameComparison(NameAgreement.Different, a + "/" + b, surnameDiffers);
    }

    private static string VariantPairs(string a, string b, VariantCharacters variants)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (variants.AreVariants(a[i], b[i]))
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(a[i]).Append('/').Append(b[i]);
            }
        }

        return builder.ToString();
    }
}
