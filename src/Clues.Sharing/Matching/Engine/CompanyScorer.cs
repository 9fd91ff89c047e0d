using Clues.Sharing.Matching.Names;

namespace Clues.Sharing.Matching.Engine;

/// <summary>
/// Evidence for two company records. The unified social credit code decides identity: without an
/// agreeing code a pair is at most REVIEW, because branch offices and namesakes share names.
/// </summary>
internal static class CompanyScorer
{
    public static ScoreSheet Score(PreparedRecord left, PreparedRecord right)
    {
        var sheet = new ScoreSheet();
        CompareCodes(left, right, sheet);
        CompareNames(left, right, sheet);
        if (left.Unit.Length > 0 && right.Unit.Length > 0 && string.Equals(left.Unit, right.Unit, StringComparison.Ordinal))
        {
            sheet.Add(1, $"same unit or address {left.Unit}");
        }

        return sheet;
    }

    private static void CompareCodes(PreparedRecord left, PreparedRecord right, ScoreSheet sheet)
    {
        if (!left.HasIdentifier || !right.HasIdentifier)
        {
            sheet.Add(0, left.HasIdentifier || right.HasIdentifier ? "credit code missing on one side" : "credit code missing on both sides");
            return;
        }

        var a = left.RawIdentifier;
        var b = right.RawIdentifier;
        if (left.IdentifierValid && right.IdentifierValid)
        {
            if (string.Equals(a, b, StringComparison.Ordinal))
            {
                sheet.Add(12, "credit code equal");
                sheet.IdentityAgrees();
            }
            else
            {
                sheet.Add(-15, "credit code conflict");
                sheet.BlockMatch("credit code conflict");
            }

            return;
        }

        var which = left.IdentifierValid ? "right" : right.IdentifierValid ? "left" : "both";
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            sheet.Add(6, "credit code equal (fails checksum on both sides)");
            sheet.IdentityAgrees();
        }
        else if (EditDistance.IsAdjacentTransposition(a, b))
        {
            sheet.Add(6, $"credit code fails checksum ({which}), one transposition from the other: mistyped");
            sheet.IdentityAgrees();
        }
        else if (EditDistance.Compute(a, b, 1) == 1)
        {
            sheet.Add(5, $"credit code fails checksum ({which}), one character from the other: mistyped");
            sheet.IdentityAgrees();
        }
        else
        {
            sheet.Add(-4, $"credit code differs (fails checksum: {which})");
            sheet.BlockMatch("credit codes differ");
        }
    }

    private static void CompareNames(PreparedRecord left, PreparedRecord right, ScoreSheet sheet)
    {
        if (left.Name.Length == 0 || right.Name.Length == 0)
        {
            sheet.Add(0, "company name missing on one side");
            return;
        }

        if (string.Equals(left.Name, right.Name, StringComparison.Ordinal))
        {
            sheet.Add(5, $"company name equal {left.Name}");
        }
        else if (string.Equals(left.CanonicalName, right.CanonicalName, StringComparison.Ordinal))
        {
            sheet.Add(4.5, $"company name variant {left.Name}/{right.Name}");
        }
        else if (string.Equals(left.NameCore, right.NameCore, StringComparison.Ordinal))
        {
            sheet.Add(4, $"company name equal apart from legal form {left.NameRest}/{right.NameRest}");
        }
        else if (Math.Min(left.NameCore.Length, right.NameCore.Length) >= 6 && EditDistance.Compute(left.NameCore, right.NameCore, 2) <= 2)
        {
            sheet.Add(1.5, $"company name similar {left.Name}/{right.Name}");
        }
        else
        {
            sheet.Add(-4, $"company names differ {left.Name}/{right.Name}");
        }
    }
}
