namespace Clues.Api.Handover;

/// <summary>The issuing office and its package settings (<c>Clues:Handover</c>).</summary>
public sealed record HandoverOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Clues:Handover";

    /// <summary>A rule table file replacing the built-in one (a province's or city's variant); empty for the built-in table.</summary>
    public string? RulesFile { get; set; }

    /// <summary>The issuing office's division code, e.g. 431400.</summary>
    public string OfficeCode { get; set; } = "431400";

    /// <summary>The issuing office's name on letters.</summary>
    public string OfficeName { get; set; } = "中共江临市委巡察工作领导小组办公室";

    /// <summary>The prefix of package numbers (江临 in 江临巡移〔2026〕12号).</summary>
    public string NumberPrefix { get; set; } = "江临";

    /// <summary>The office's package signing key (PEM, from <c>clues keys init</c>); packages cannot be exported without it.</summary>
    public string? SigningKeyFile { get; set; }
}
