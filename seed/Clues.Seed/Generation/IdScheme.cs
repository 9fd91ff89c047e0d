using System.Globalization;
using Clues.Core.Graph;

namespace Clues.Seed.Generation;

/// <summary>
/// Node ids carry their label as a prefix (<c>per-0000123</c>, <c>unit-0042</c>, ...). That lets every
/// batch link to nodes written in earlier batches without the generator remembering each id's label,
/// which keeps memory flat for the large preset. Scenario nodes use readable suffixes (<c>per-s1-cadre</c>).
/// </summary>
internal static class IdScheme
{
    public static string Person(int n) => Format("per-", n, "D7");
    public static string Unit(int n) => Format("unit-", n, "D5");
    public static string Position(int n) => Format("pos-", n, "D7");
    public static string Company(int n) => Format("co-", n, "D6");
    public static string Project(int n) => Format("prj-", n, "D6");
    public static string Fund(int n) => Format("fund-", n, "D5");
    public static string Payment(int n) => Format("pay-", n, "D7");
    public static string Clue(int n) => Format("clue-", n, "D7");
    public static string Round(int n) => Format("round-", n, "D4");
    public static string Group(int n) => Format("grp-", n, "D5");
    public static string Jurisdiction(string divisionCode) => "jur-" + divisionCode;
    public static string Body(string divisionCode, string slug) => $"body-{divisionCode}-{slug}";

    /// <summary>The label a generated id stands for, or null for an id this scheme never makes.</summary>
    public static NodeLabel? LabelOf(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }

        return id.AsSpan(0, dash) switch
        {
            "per" => NodeLabel.Person,
            "unit" => NodeLabel.Unit,
            "pos" => NodeLabel.Position,
            "co" => NodeLabel.Company,
            "prj" => NodeLabel.Project,
            "fund" => NodeLabel.Fund,
            "pay" => NodeLabel.Payment,
            "clue" => NodeLabel.Clue,
            "round" => NodeLabel.InspectionRound,
            "grp" => NodeLabel.InspectionGroup,
            "body" => NodeLabel.Body,
            "jur" => NodeLabel.Jurisdiction,
            _ => null,
        };
    }

    // Zero-padded so ids sort in creation order, which keeps store scans and diffs readable.
    private static string Format(string prefix, int n, string digits) => string.Concat(prefix, n.ToString(digits, CultureInfo.InvariantCulture));
}
