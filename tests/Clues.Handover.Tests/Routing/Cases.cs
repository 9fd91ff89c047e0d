using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;

namespace Clues.Handover.Tests.Routing;

/// <summary>Builds routing cases from the wire spellings the rule file and the CLI use.</summary>
internal static class Cases
{
    public static RoutingCase Of(string management, string subject, string foundLevel, string foundBy, string problem, params string[] flags)
    {
        Assert.True(WireNames.TryParse<ManagementLevel>(management, out var m), management);
        Assert.True(WireNames.TryParse<JurisdictionLevel>(foundLevel, out var l), foundLevel);
        Assert.True(WireNames.TryParse<ProblemCode>(problem, out var p), problem);
        var flagSet = flags.Select(f => WireNames.TryParse<RoutingFlag>(f, out var v) ? v.Value : throw new ArgumentException(f)).ToHashSet();
        return new RoutingCase(new RoutingSubject(m.Value, DivisionCode.Parse(subject)), new FindingOffice(l.Value, DivisionCode.Parse(foundBy)), p.Value, flagSet);
    }

    public static string Describe(RoutingDecision d) =>
        $"{WireNames.Of(d.Recipient.Route)} {WireNames.Of(d.Recipient.Level)} {d.Recipient.Jurisdiction.Value} {WireNames.Of(d.Timing)} {d.RuleId}";
}
