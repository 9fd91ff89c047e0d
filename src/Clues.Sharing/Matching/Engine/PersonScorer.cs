using System.Globalization;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching.Names;

namespace Clues.Sharing.Matching.Engine;

/// <summary>
/// Evidence for two person records. Points are log-odds in spirit: an equal valid ID is near proof,
/// a conflicting one near disproof; names count more when they are rare in the two inputs.
/// </summary>
internal static class PersonScorer
{
    public static ScoreSheet Score(PreparedRecord left, PreparedRecord right, int frequency, VariantCharacters variants)
    {
        var sheet = new ScoreSheet();
        CompareIds(left, right, sheet);
        CompareBirthDates(left, right, sheet);
        CompareGenders(left, right, sheet);
        CompareNames(left, right, frequency, variants, sheet);
        if (left.Unit.Length > 0 && right.Unit.Length > 0)
        {
            if (string.Equals(left.Unit, right.Unit, StringComparison.Ordinal))
            {
                sheet.Add(1.5, $"shared unit {left.Unit}");
            }
            else
            {
                sheet.Add(0, "units differ");
            }
        }

        // Without an ID or birth date, a common name alone would queue every namesake for review.
        if (!sheet.HasIdentityEvidence && frequency > 20)
        {
            sheet.Add(-1.5, "common name with no ID or birth date to tell namesakes apart");
        }

        return sheet;
    }

    private static void CompareIds(PreparedRecord left, PreparedRecord right, ScoreSheet sheet)
    {
        if (!left.HasIdentifier || !right.HasIdentifier)
        {
            sheet.Add(0, left.HasIdentifier || right.HasIdentifier ? "national ID missing on one side" : "national ID missing on both sides");
            return;
        }

        var a = left.RawIdentifier;
        var b = right.RawIdentifier;
        if (left.IdentifierValid && right.IdentifierValid)
        {
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                sheet.Add(10, "national ID equal");
                sheet.IdentityAgrees();
            }
            else
            {
                sheet.Add(-12, "national ID conflict");
                sheet.BlockMatch("national ID conflict");
            }

            return;
        }

        var which = left.IdentifierValid ? "right" : right.IdentifierValid ? "left" : "both";
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            sheet.Add(6, "national ID equal (fails checksum on both sides)");
            sheet.IdentityAgrees();
            return;
        }

        if (EditDistance.IsAdjacentTransposition(a, b))
        {
            sheet.Add(6, $"national ID fails checksum ({which}), one transposition from the other: mistyped");
            sheet.IdentityAgrees();
        }
        else if (EditDistance.Compute(a, b, 1) == 1)
        {
            sheet.Add(5, $"national ID fails checksum ({which}), one digit from the other: mistyped");
            sheet.IdentityAgrees();
        }
        else
        {
            sheet.Add(-3, $"national ID differs (fails checksum: {which})");
        }
    }

    private static void CompareBirthDates(PreparedRecord left, PreparedRecord right, ScoreSheet sheet)
    {
        // Only stated dates and dates in valid IDs may contradict; a date read from a mistyped ID may itself be the typo.
        Span<(DateOnly Date, bool FromId)> lefts = stackalloc (DateOnly, bool)[2];
        Span<(DateOnly Date, bool FromId)> rights = stackalloc (DateOnly, bool)[2];
        var leftCount = Collect(left, lefts);
        var rightCount = Collect(right, rights);
        if (leftCount == 0 || rightCount == 0)
        {
            var weakLeft = leftCount > 0 ? lefts[0].Date : left.UncheckedIdBirth;
            var weakRight = rightCount > 0 ? rights[0].Date : right.UncheckedIdBirth;
            if (weakLeft is { } wl && weakRight is { } wr && wl == wr)
            {
                sheet.Add(2, "birth date matches the date in a mistyped ID");
                sheet.IdentityAgrees();
            }
            else
            {
                sheet.Add(0, leftCount + rightCount > 0 || weakLeft is not null || weakRight is not null ? "birth date missing on one side" : "birth date missing on both sides");
            }

            return;
        }

        for (var i = 0; i < leftCount; i++)
        {
            for (var j = 0; j < rightCount; j++)
            {
                if (lefts[i].Date == rights[j].Date)
                {
                    var text = lefts[i].FromId == rights[j].FromId ? "birth date equal" : "birth date matches ID";
                    sheet.Add(4, $"{text} {lefts[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                    sheet.IdentityAgrees();
                    return;
                }
            }
        }

        var (l, r) = (lefts[0], rights[0]);
        if (IsCloseDate(l.Date, r.Date))
        {
            sheet.Add(0, $"birth date close, possibly mistyped {Format(l.Date)}/{Format(r.Date)}");
            return;
        }

        var phrase = l.FromId || r.FromId ? "birth date contradicts ID" : "birth date contradicts";
        sheet.Add(-8, $"{phrase} {Format(l.Date)}/{Format(r.Date)}");
        sheet.BlockMatch(phrase);
    }

    private static int Collect(PreparedRecord record, Span<(DateOnly Date, bool FromId)> into)
    {
        var count = 0;
        if (record.StatedBirth is { } stated)
        {
            into[count++] = (stated, false);
        }

        if (record.IdBirth is { } fromId && fromId != record.StatedBirth)
        {
            into[count++] = (fromId, true);
        }

        return count;
    }

    // Same year, and month and day swapped or one digit apart: a typing slip rather than another person.
    private static bool IsCloseDate(DateOnly a, DateOnly b)
    {
        if (a.Year != b.Year)
        {
            return false;
        }

        if (a.Month == b.Day && a.Day == b.Month)
        {
            return true;
        }

        var x = Format(a);
        var y = Format(b);
        return EditDistance.Compute(x, y, 1) <= 1;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CompareGenders(PreparedRecord left, PreparedRecord right, ScoreSheet sheet)
    {
        var (l, lFromId) = GenderOf(left);
        var (r, rFromId) = GenderOf(right);
        if (l is null || r is null)
        {
            return;
        }

        if (l == r)
        {
            sheet.Add(0.5, "gender equal");
            return;
        }

        var phrase = lFromId || rFromId ? "gender contradicts ID" : "gender differs";
        sheet.Add(-6, phrase);
        sheet.BlockMatch(phrase);
    }

    private static (Gender? Gender, bool FromId) GenderOf(PreparedRecord record) =>
        record.IdGender is { } fromId ? (fromId, true) : (record.StatedGender, false);

    private static void CompareNames(PreparedRecord left, PreparedRecord right, int frequency, VariantCharacters variants, ScoreSheet sheet)
    {
        var comparison = NameComparer.Compare(left.Name, left.CanonicalName, right.Name, right.CanonicalName, variants);
        var rarity = frequency <= 2 ? 1.5 : frequency <= 5 ? 1.0 : frequency <= 20 ? 0.5 : 0;
        switch (comparison.Agreement)
        {
            case NameAgreement.Missing:
                sheet.Add(0, "name missing on one side");
                break;
            case NameAgreement.Equal:
                sheet.Add(3 + rarity, $"name equal {comparison.Detail}{RarityNote(frequency)}");
                break;
            case NameAgreement.Variant:
                sheet.Add(2.5 + rarity / 2, $"name variant {comparison.Detail}{RarityNote(frequency)}");
                break;
            case NameAgreement.OneEdit:
                // In a two-character name one character is half the name, so it says little.
                var points = Math.Max(left.Name.Length, right.Name.Length) >= 3 ? 0.5 : 0;
                sheet.Add(points, comparison.SurnameDiffers ? $"surname differs {comparison.Detail}" : $"name differs by one character {comparison.Detail}");
                break;
            default:
                sheet.Add(-5, $"names differ {comparison.Detail}");
                sheet.BlockMatch("names differ");
                break;
        }
    }

    private static string RarityNote(int frequency) =>
        frequency <= 2 ? " (rare name)" : frequency > 20 ? $" (common name, {frequency} records)" : "";
}
