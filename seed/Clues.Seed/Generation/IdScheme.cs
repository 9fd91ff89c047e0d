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
    public static string Person(int n) => Format("per-", n, 7);
    public static string Unit(int n) => Format("unit-", n, 5);
    public static string Position(int n) => Format("pos-", n, 7);
    public static string Company(int n) => Format("co-", n, 6);
    public static string Project(int n) => Format("prj-", n, 6);
    public static string Fund(int n) => Format("fund-", n, 5);
    public static string Payment(int n) => Format("pay-", n, 7);
    public static string Clue(int n) => Format("clue-", n, 7);
    public static string Round(int n) => Format("round-", n, 4);
    public static string Group(int n) => Format("grp-", n, 5);
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

    private static string Format(string prefix, int n, int width) =>
        string.Concat(prefix, n.ToString(width == 7 ? "D7" : width == 6 ? "D6" : width == 5 ? "D5" : "D4", CultureInfo.InvariantCulture));
}
