using Clues.Handover.Routing;

namespace Clues.Handover.Tests.Routing;

public sealed class RuleTableValidationTests
{
    private static string ShippedText()
    {
        using var stream = typeof(HandoverRuleTable).Assembly.GetManifestResourceStream("Clues.Handover.handover-rules.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static HandoverRuleTableException Refused(string yaml) =>
        Assert.Throws<HandoverRuleTableException>(() => HandoverRuleTable.Parse(yaml, "variant.yaml"));

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void The_shipped_table_text_parses_to_the_same_rules_as_the_built_in_table()
    {
        var parsed = HandoverRuleTable.Parse(ShippedText(), "copy.yaml");

        Assert.Equal(HandoverRuleTable.BuiltIn().Rules.Select(r => r.Id), parsed.Rules.Select(r => r.Id));
        Assert.Equal(3, parsed.DefaultFeedbackMonths);
    }

    [Fact]
    public void An_unknown_problem_code_in_a_rule_is_refused_naming_its_line()
    {
        var text = ShippedText().Replace("problems: [POLITICAL_LEGAL_CRIME]", "problems: [POLITICAL_LEGAL_CRIME, TAX_EVASION]", StringComparison.Ordinal);

        var error = Refused(text);

        var line = LineOf(text, "TAX_EVASION");
        Assert.Contains(error.Errors, e => e.StartsWith($"line {line}:", StringComparison.Ordinal) && e.Contains("'TAX_EVASION'", StringComparison.Ordinal));
        Assert.Contains("variant.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_in_a_problem_group_is_refused_naming_the_group()
    {
        var text = ShippedText().Replace("    - IDEOLOGY_WORK\n", "    - IDEOLOGY_WORKS\n", StringComparison.Ordinal);

        var error = Refused(text);

        Assert.Contains(error.Errors, e => e.Contains("problem group 'RESPONSIBILITY'", StringComparison.Ordinal) && e.Contains("'IDEOLOGY_WORKS'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_rule_id_is_refused_naming_both_lines()
    {
        var text = ShippedText().Replace("id: R5-other-relevant-unit", "id: R5-political-legal", StringComparison.Ordinal);

        var error = Refused(text);

        var first = LineOf(text, "id: R5-political-legal");
        Assert.Contains(error.Errors, e => e.Contains("'R5-political-legal' is already used by the rule at line " + first, StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_shadowed_by_earlier_rules_is_refused_as_unreachable()
    {
        var text = ShippedText() + """

              - id: R6-never
                when:
                  problems: [DUTY_CRIME]
                then:
                  route: POLITICAL_LEGAL
                  level: LOCALITY
                  timing: IMMEDIATE
                basis: 永远轮不到。
            """;

        var error = Refused(text);

        Assert.Contains(error.Errors, e => e.Contains("rule 'R6-never' is unreachable", StringComparison.Ordinal) && e.StartsWith($"line {LineOf(text, "- id: R6-never")}:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_that_leaves_cases_undecided_is_refused_as_missing_a_default()
    {
        var start = ShippedText().IndexOf("  - id: R5-other-relevant-unit", StringComparison.Ordinal);
        var text = ShippedText()[..start];

        var error = Refused(text);

        Assert.Contains(error.Errors, e => e.Contains("no rule decides", StringComparison.Ordinal) && e.Contains("IDEOLOGY_WORK", StringComparison.Ordinal) && e.Contains("default", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("level: MANAGING_LEVEL\n      timing: IMMEDIATE\n    basis: 违反六项纪律", "level: MANAGING\n      timing: IMMEDIATE\n    basis: 违反六项纪律", "level 'MANAGING' is unknown")]
    [InlineData("route: POLITICAL_LEGAL", "route: POLICE", "route 'POLICE' is unknown")]
    [InlineData("timing: AFTER_ROUND_END", "timing: LATER", "timing 'LATER' is unknown")]
    [InlineData("managementLevels: [CITY]", "managementLevels: [MUNICIPAL]", "'MUNICIPAL' is not a valid managementLevels value")]
    [InlineData("foundBy: [COUNTY]", "foundBy: [PROVINCE]", "foundBy may list only CITY and COUNTY")]
    [InlineData("flags: [UNCLEAR]", "flags: [MAYBE]", "'MAYBE' is not a valid flags value")]
    [InlineData("defaultFeedbackMonths: 3", "defaultFeedbackMonths: 0", "from 1 to 12")]
    [InlineData("defaultFeedbackMonths: 3", "", "'defaultFeedbackMonths' is missing")]
    [InlineData("      stubOnly: true", "      stubOnly: yes please", "stubOnly must be true or false")]
    [InlineData("      stubOnly: true", "      stubOnly: true\n      feedbackMonths: 13", "'13' must be a whole number of months from 1 to 12")]
    [InlineData("    when:\n      flags: [FIXABLE_NOW]", "    whenever:\n      flags: [FIXABLE_NOW]", "unknown key 'whenever'")]
    [InlineData("    basis: 个人诉求", "    basis: \"\"\n    note: 个人诉求", "empty basis")]
    [InlineData("      route: FORWARD_BY_LOCALITY\n      level: LOCALITY\n      timing: IMMEDIATE", "      route: FORWARD_BY_LOCALITY\n      level: LOCALITY\n      timing: AFTER_ROUND_END", "only HIGHER_INSPECTION_OFFICE items wait for the round")]
    public void A_bad_value_is_refused_with_a_message_that_names_it(string original, string replacement, string message)
    {
        var text = ShippedText();
        Assert.Contains(original, text, StringComparison.Ordinal);

        var error = Refused(text.Replace(original, replacement, StringComparison.Ordinal));

        Assert.Contains(error.Errors, e => e.Contains(message, StringComparison.Ordinal) && e.StartsWith("line ", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_not_yaml_is_refused_with_its_line()
    {
        var error = Refused("version: \"1\"\nrules: [\n  - id: x\n");

        Assert.Single(error.Errors);
        Assert.StartsWith("line ", error.Errors[0], StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_rule_file_is_named_with_the_fix()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N") + ".yaml");

        var error = await Assert.ThrowsAsync<HandoverRuleTableException>(() => HandoverRuleTable.LoadFileAsync(path, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variant_file_with_a_shorter_deadline_for_one_rule_is_applied()
    {
        var path = Path.Combine(Path.GetTempPath(), "rules-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(path, ShippedText().Replace("      route: POLITICAL_LEGAL\n", "      route: POLITICAL_LEGAL\n      feedbackMonths: 1\n", StringComparison.Ordinal));
        try
        {
            var router = new HandoverRouter(await HandoverRuleTable.LoadFileAsync(path, CancellationToken.None));

            Assert.Equal(1, router.Decide(Cases.Of("NONE", "350102", "COUNTY", "350102", "ORDINARY_CRIME")).FeedbackMonths);
            Assert.Equal(3, router.Decide(Cases.Of("NONE", "350102", "COUNTY", "350102", "DUTY_CRIME")).FeedbackMonths);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
