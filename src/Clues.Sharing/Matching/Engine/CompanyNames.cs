namespace Clues.Sharing.Matching.Engine;

/// <summary>Legal forms at the end of Chinese company names, longest first, so 有限责任公司 is not read as 公司.</summary>
internal static class CompanyNames
{
    private static readonly string[] LegalForms =
    [
        "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "专业合作社", "合作社", "公司",
    ];

    /// <summary>The name without its legal form, and the legal form (empty when none).</summary>
    public static (string Core, string Form) SplitLegalForm(string name)
    {
        foreach (var form in LegalForms)
        {
            if (name.Length > form.Length && name.EndsWith(form, StringComparison.Ordinal))
            {
                return (name[..^form.Length], form);
            }
        }

        return (name, "");
    }
}
