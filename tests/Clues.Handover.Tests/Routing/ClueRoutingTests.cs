using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Handover.Routing;

namespace Clues.Handover.Tests.Routing;

public sealed class ClueRoutingTests
{
    private static readonly HandoverRouter Router = new(HandoverRuleTable.BuiltIn());

    private static ClueProblem Problem(ProblemCode code, params RoutingFlag[] flags) => new(code, flags.ToHashSet());

    [Fact]
    public void A_clue_with_several_problems_gets_one_decision_per_recipient_naming_each_rule()
    {
        var request = new ClueRoutingRequest(
            "clue-7",
            new RoutingSubject(ManagementLevel.County, DivisionCode.Parse("350102")),
            new FindingOffice(JurisdictionLevel.County, DivisionCode.Parse("350102")),
            [
                Problem(ProblemCode.DisciplineIntegrity),
                Problem(ProblemCode.StyleHedonismExtravagance),
                Problem(ProblemCode.CadreSelection),
                Problem(ProblemCode.OrdinaryCrime),
                Problem(ProblemCode.DutyCrime),
            ]);

        var decisions = Router.DecideClue(request);

        Assert.Equal(["纪委监委 350102", "组织部门 350102", "政法机关 350102"], decisions.Select(d => d.Recipient.ToString()));
        var commission = decisions[0];
        Assert.Equal([ProblemCode.DisciplineIntegrity, ProblemCode.StyleHedonismExtravagance, ProblemCode.DutyCrime], commission.Problems.Select(p => p.Problem));
        Assert.Equal(["R5-discipline-commission"], commission.RuleIds);
        Assert.All(decisions, d => Assert.Equal("clue-7", d.ClueId));
    }

    [Fact]
    public void The_same_recipient_reached_by_two_rules_is_one_decision_that_names_both_rules()
    {
        // FIXABLE_NOW style problem goes to the unit (R4); a grassroots problem of a unit-managed subject at the
        // same county goes to the organisation department, a different body; an unclear one is filed by the office.
        var request = new ClueRoutingRequest(
            "clue-8",
            new RoutingSubject(ManagementLevel.Unit, DivisionCode.Parse("350102")),
            new FindingOffice(JurisdictionLevel.County, DivisionCode.Parse("350102")),
            [
                Problem(ProblemCode.PersonalDemand),
                Problem(ProblemCode.LitigationComplaint),
                Problem(ProblemCode.StyleFormalismBureaucratism, RoutingFlag.FixableNow),
                Problem(ProblemCode.DisciplineLife, RoutingFlag.Unclear),
            ]);

        var decisions = Router.DecideClue(request);

        Assert.Equal(3, decisions.Count);
        Assert.Equal(HandoverRoute.ForwardByLocality, decisions[0].Recipient.Route);
        Assert.Equal(2, decisions[0].Problems.Count);
        Assert.Equal(HandoverRoute.InspectedUnitProposal, decisions[1].Recipient.Route);
        Assert.Equal(HandoverRoute.FileForRecord, decisions[2].Recipient.Route);
        Assert.Contains("分级负责", decisions[0].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_managed_subject_makes_a_stub_only_decision_held_for_the_round_end()
    {
        var request = new ClueRoutingRequest(
            "clue-9",
            new RoutingSubject(ManagementLevel.Province, DivisionCode.Parse("350102")),
            new FindingOffice(JurisdictionLevel.County, DivisionCode.Parse("350102")),
            [Problem(ProblemCode.DisciplineIntegrity), Problem(ProblemCode.CadreSelection), Problem(ProblemCode.PersonalDemand)]);

        var decisions = Router.DecideClue(request);

        Assert.Equal(2, decisions.Count);
        var stub = decisions[0];
        Assert.True(stub.StubOnly);
        Assert.Equal(RoutingTiming.AfterRoundEnd, stub.Timing);
        Assert.Equal("350000", stub.Recipient.Jurisdiction.Value);
        Assert.Equal(2, stub.Problems.Count);
        Assert.False(decisions[1].StubOnly);
    }

    [Fact]
    public void A_clue_without_problems_is_refused()
    {
        var request = new ClueRoutingRequest("clue-0", new RoutingSubject(ManagementLevel.None, DivisionCode.Parse("350102")), new FindingOffice(JurisdictionLevel.County, DivisionCode.Parse("350102")), []);

        var error = Assert.Throws<RoutingException>(() => Router.DecideClue(request));

        Assert.Contains("clue-0", error.Message, StringComparison.Ordinal);
    }
}
