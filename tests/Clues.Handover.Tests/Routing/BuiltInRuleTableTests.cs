using Clues.Handover.Routing;

namespace Clues.Handover.Tests.Routing;

public sealed class BuiltInRuleTableTests
{
    private static readonly HandoverRouter Router = new(HandoverRuleTable.BuiltIn());

    [Theory]
    // Rule 1: personal demands and litigation go by locality, whoever manages the subject and whatever the flags.
    [InlineData("UNIT", "350102", "CITY", "350100", "PERSONAL_DEMAND", "", "FORWARD_BY_LOCALITY COUNTY 350102 IMMEDIATE R1-personal-demand")]
    [InlineData("CITY", "350100", "CITY", "350100", "LITIGATION_COMPLAINT", "", "FORWARD_BY_LOCALITY CITY 350100 IMMEDIATE R1-personal-demand")]
    [InlineData("PROVINCE", "350102", "COUNTY", "350102", "PERSONAL_DEMAND", "FIXABLE_NOW", "FORWARD_BY_LOCALITY COUNTY 350102 IMMEDIATE R1-personal-demand")]
    // Rule 2: province-managed cadres found by city or county rounds wait for the round's end; beats rules 4 and 5.
    [InlineData("PROVINCE", "350102", "CITY", "350100", "DISCIPLINE_INTEGRITY", "", "HIGHER_INSPECTION_OFFICE PROVINCE 350000 AFTER_ROUND_END R2-province-managed")]
    [InlineData("PROVINCE", "350102", "COUNTY", "350102", "DUTY_CRIME", "", "HIGHER_INSPECTION_OFFICE PROVINCE 350000 AFTER_ROUND_END R2-province-managed")]
    [InlineData("PROVINCE", "350100", "CITY", "350100", "CADRE_SELECTION", "FIXABLE_NOW", "HIGHER_INSPECTION_OFFICE PROVINCE 350000 AFTER_ROUND_END R2-province-managed")]
    [InlineData("PROVINCE", "350000", "CITY", "350100", "ORDINARY_CRIME", "UNCLEAR", "HIGHER_INSPECTION_OFFICE PROVINCE 350000 AFTER_ROUND_END R2-province-managed")]
    // Rule 3: city-managed cadres found by a county round go at once to the county's own city office; beats 4 and 5.
    [InlineData("CITY", "350102", "COUNTY", "350102", "DISCIPLINE_WORK", "", "HIGHER_INSPECTION_OFFICE CITY 350100 IMMEDIATE R3-city-managed-county-round")]
    [InlineData("CITY", "350203", "COUNTY", "350102", "DEMOCRATIC_CENTRALISM", "FIXABLE_NOW", "HIGHER_INSPECTION_OFFICE CITY 350100 IMMEDIATE R3-city-managed-county-round")]
    [InlineData("CITY", "350102", "COUNTY", "350102", "ORGANIZED_CRIME", "UNCLEAR", "HIGHER_INSPECTION_OFFICE CITY 350100 IMMEDIATE R3-city-managed-county-round")]
    // A city round finding a city-managed cadre is not rule 3.
    [InlineData("CITY", "350102", "CITY", "350100", "DISCIPLINE_WORK", "", "DISCIPLINE_COMMISSION CITY 350100 IMMEDIATE R5-discipline-commission")]
    // Rule 4: fixable now and not a crime -> proposal to the inspected unit; unclear -> filed by the finding office.
    [InlineData("COUNTY", "350102", "COUNTY", "350102", "STYLE_FORMALISM_BUREAUCRATISM", "FIXABLE_NOW", "INSPECTED_UNIT_PROPOSAL COUNTY 350102 IMMEDIATE R4-fixable-now")]
    [InlineData("CITY", "350100", "CITY", "350100", "GRASSROOTS_WEAKNESS", "FIXABLE_NOW", "INSPECTED_UNIT_PROPOSAL CITY 350100 IMMEDIATE R4-fixable-now")]
    [InlineData("NONE", "350102", "COUNTY", "350102", "IDEOLOGY_WORK", "UNCLEAR", "FILE_FOR_RECORD COUNTY 350102 IMMEDIATE R4-unclear-file-for-record")]
    [InlineData("COUNTY", "350103", "CITY", "350100", "DISCIPLINE_LIFE", "UNCLEAR", "FILE_FOR_RECORD CITY 350100 IMMEDIATE R4-unclear-file-for-record")]
    // Both flags: FIXABLE_NOW comes first in the table.
    [InlineData("UNIT", "350102", "COUNTY", "350102", "DISCIPLINE_MASS", "FIXABLE_NOW,UNCLEAR", "INSPECTED_UNIT_PROPOSAL COUNTY 350102 IMMEDIATE R4-fixable-now")]
    // Crimes are never fixed by the unit nor filed: each crime with a flag falls through to rule 5.
    [InlineData("COUNTY", "350102", "COUNTY", "350102", "DUTY_CRIME", "FIXABLE_NOW", "DISCIPLINE_COMMISSION COUNTY 350102 IMMEDIATE R5-discipline-commission")]
    [InlineData("COUNTY", "350102", "COUNTY", "350102", "ORGANIZED_CRIME_UMBRELLA", "UNCLEAR", "DISCIPLINE_COMMISSION COUNTY 350102 IMMEDIATE R5-discipline-commission")]
    [InlineData("NONE", "350102", "CITY", "350100", "ORDINARY_CRIME", "FIXABLE_NOW", "POLITICAL_LEGAL COUNTY 350102 IMMEDIATE R5-political-legal")]
    [InlineData("NONE", "350102", "COUNTY", "350102", "ORGANIZED_CRIME", "UNCLEAR", "POLITICAL_LEGAL COUNTY 350102 IMMEDIATE R5-political-legal")]
    // Rule 5, discipline commission at the managing level; a district code under a city-managed cadre gives the city.
    [InlineData("CITY", "350102", "CITY", "350100", "DISCIPLINE_POLITICAL", "", "DISCIPLINE_COMMISSION CITY 350100 IMMEDIATE R5-discipline-commission")]
    [InlineData("COUNTY", "350102", "COUNTY", "350102", "DISCIPLINE_ORGANIZATIONAL", "", "DISCIPLINE_COMMISSION COUNTY 350102 IMMEDIATE R5-discipline-commission")]
    [InlineData("COUNTY", "350103", "CITY", "350100", "STYLE_HEDONISM_EXTRAVAGANCE", "", "DISCIPLINE_COMMISSION COUNTY 350103 IMMEDIATE R5-discipline-commission")]
    [InlineData("UNIT", "350102", "CITY", "350100", "DISCIPLINE_INTEGRITY", "", "DISCIPLINE_COMMISSION COUNTY 350102 IMMEDIATE R5-discipline-commission")]
    [InlineData("NONE", "350100", "CITY", "350100", "DUTY_CRIME", "", "DISCIPLINE_COMMISSION CITY 350100 IMMEDIATE R5-discipline-commission")]
    // A city-managed subject recorded in another city is managed by that city.
    [InlineData("CITY", "350203", "CITY", "350100", "ORGANIZED_CRIME_UMBRELLA", "", "DISCIPLINE_COMMISSION CITY 350200 IMMEDIATE R5-discipline-commission")]
    // A county-managed subject recorded at city level: the county round that found them names the county.
    [InlineData("COUNTY", "350100", "COUNTY", "350102", "DISCIPLINE_WORK", "", "DISCIPLINE_COMMISSION COUNTY 350102 IMMEDIATE R5-discipline-commission")]
    // Rule 5, organisation department at the managing level.
    [InlineData("CITY", "350102", "CITY", "350100", "CADRE_SELECTION", "", "ORGANIZATION_DEPARTMENT CITY 350100 IMMEDIATE R5-organization-department")]
    [InlineData("COUNTY", "350102", "COUNTY", "350102", "DEMOCRATIC_CENTRALISM", "", "ORGANIZATION_DEPARTMENT COUNTY 350102 IMMEDIATE R5-organization-department")]
    [InlineData("UNIT", "350100", "CITY", "350100", "GRASSROOTS_WEAKNESS", "", "ORGANIZATION_DEPARTMENT CITY 350100 IMMEDIATE R5-organization-department")]
    // Rule 5, political-legal organs of the locality even for a city-managed cadre.
    [InlineData("CITY", "350102", "CITY", "350100", "ORDINARY_CRIME", "", "POLITICAL_LEGAL COUNTY 350102 IMMEDIATE R5-political-legal")]
    [InlineData("COUNTY", "350102", "COUNTY", "350102", "ORGANIZED_CRIME", "", "POLITICAL_LEGAL COUNTY 350102 IMMEDIATE R5-political-legal")]
    // Rule 5, other relevant units at the managing level.
    [InlineData("CITY", "350102", "CITY", "350100", "IDEOLOGY_WORK", "", "OTHER_RELEVANT_UNIT CITY 350100 IMMEDIATE R5-other-relevant-unit")]
    [InlineData("NONE", "350102", "COUNTY", "350102", "RULE_OF_LAW_BUILDING", "", "OTHER_RELEVANT_UNIT COUNTY 350102 IMMEDIATE R5-other-relevant-unit")]
    public void The_shipped_table_decides_each_rule_in_its_precedence(string management, string subject, string foundLevel, string foundBy, string problem, string flags, string expected)
    {
        var decision = Router.Decide(Cases.Of(management, subject, foundLevel, foundBy, problem, flags.Split(',', StringSplitOptions.RemoveEmptyEntries)));

        Assert.Equal(expected, Cases.Describe(decision));
        Assert.Equal(Router.Table.Rules.Single(r => r.Id == decision.RuleId).Basis, decision.Basis);
        Assert.False(string.IsNullOrWhiteSpace(decision.Basis));
    }

    [Fact]
    public void Every_rule_of_the_shipped_table_is_exercised_by_the_precedence_cases()
    {
        var exercised = typeof(BuiltInRuleTableTests).GetMethod(nameof(The_shipped_table_decides_each_rule_in_its_precedence))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => ((string)a.GetData(null!).Single()[6]).Split(' ')[^1])
            .ToHashSet();

        Assert.Equal(Router.Table.Rules.Select(r => r.Id).Order(), exercised.Order());
        Assert.Equal(9, Router.Table.Rules.Count);
    }

    [Fact]
    public void Province_stubs_keep_only_a_stub_and_every_decision_gets_the_default_three_months()
    {
        var stub = Router.Decide(Cases.Of("PROVINCE", "350102", "CITY", "350100", "DISCIPLINE_INTEGRITY"));
        var normal = Router.Decide(Cases.Of("COUNTY", "350102", "COUNTY", "350102", "DISCIPLINE_INTEGRITY"));

        Assert.True(stub.StubOnly);
        Assert.False(normal.StubOnly);
        Assert.Equal(3, stub.FeedbackMonths);
        Assert.Equal(3, normal.FeedbackMonths);
        Assert.Equal("2026.1", normal.TableVersion);
    }

    [Theory]
    [InlineData("CITY", "350102", "not a city code")]
    [InlineData("CITY", "350000", "not a city code")]
    [InlineData("COUNTY", "350100", "is a city code but foundBy.level is COUNTY")]
    public void A_round_level_that_contradicts_its_code_is_refused_naming_both(string level, string code, string message)
    {
        var routingCase = Cases.Of("UNIT", "350102", level, code, "DISCIPLINE_WORK");

        var error = Assert.Throws<RoutingException>(() => Router.Decide(routingCase));

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_managed_subject_recorded_only_at_city_level_found_by_a_city_round_is_refused_with_the_fix()
    {
        var error = Assert.Throws<RoutingException>(() => Router.Decide(Cases.Of("COUNTY", "350100", "CITY", "350100", "CADRE_SELECTION")));

        Assert.Contains("350100", error.Message, StringComparison.Ordinal);
        Assert.Contains("give the county (or district) code", error.Message, StringComparison.Ordinal);
    }
}
