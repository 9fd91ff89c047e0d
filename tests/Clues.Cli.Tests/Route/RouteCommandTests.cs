using System.Text.Json;
using Clues.Cli.Tests.Commands;

namespace Clues.Cli.Tests.Route;

public sealed class RouteCommandTests
{
    private static string ShippedRules()
    {
        using var stream = typeof(Clues.Handover.Routing.HandoverRuleTable).Assembly.GetManifestResourceStream("Clues.Handover.handover-rules.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void AssertDecision(JsonElement decision, string route, string level, string jurisdiction, string timing, string rule)
    {
        Assert.False(decision.TryGetProperty("error", out var error), error.ToString());
        Assert.Equal(
            (route, level, jurisdiction, timing, rule),
            (decision.GetProperty("route").GetString(), decision.GetProperty("level").GetString(), decision.GetProperty("jurisdiction").GetString(), decision.GetProperty("timing").GetString(), decision.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(decision.GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task Every_rule_of_the_table_is_decided_in_precedence_by_the_real_command()
    {
        var input = "[" + string.Join(",\n",
            RouteProcess.Case("r1", "PROVINCE", "350102", "COUNTY", "350102", "PERSONAL_DEMAND"),
            RouteProcess.Case("r2", "PROVINCE", "350102", "CITY", "350100", "DISCIPLINE_INTEGRITY", "FIXABLE_NOW"),
            RouteProcess.Case("r3", "CITY", "350102", "COUNTY", "350102", "DUTY_CRIME"),
            RouteProcess.Case("r4a", "COUNTY", "350102", "COUNTY", "350102", "STYLE_FORMALISM_BUREAUCRATISM", "FIXABLE_NOW"),
            RouteProcess.Case("r4b", "UNIT", "350103", "CITY", "350100", "DISCIPLINE_LIFE", "UNCLEAR"),
            RouteProcess.Case("r4crime", "COUNTY", "350102", "COUNTY", "350102", "ORGANIZED_CRIME_UMBRELLA", "FIXABLE_NOW"),
            RouteProcess.Case("r5dc", "CITY", "350102", "CITY", "350100", "DISCIPLINE_POLITICAL"),
            RouteProcess.Case("r5od", "COUNTY", "350102", "COUNTY", "350102", "CADRE_SELECTION"),
            RouteProcess.Case("r5pl", "CITY", "350102", "CITY", "350100", "ORDINARY_CRIME"),
            RouteProcess.Case("r5other", "NONE", "350102", "COUNTY", "350102", "RULE_OF_LAW_BUILDING")) + "]";

        var run = await RouteProcess.RunAsync(input);

        var byId = RouteProcess.ById(run);
        Assert.Equal(10, byId.Count);
        AssertDecision(byId["r1"], "FORWARD_BY_LOCALITY", "COUNTY", "350102", "IMMEDIATE", "R1-personal-demand");
        AssertDecision(byId["r2"], "HIGHER_INSPECTION_OFFICE", "PROVINCE", "350000", "AFTER_ROUND_END", "R2-province-managed");
        AssertDecision(byId["r3"], "HIGHER_INSPECTION_OFFICE", "CITY", "350100", "IMMEDIATE", "R3-city-managed-county-round");
        AssertDecision(byId["r4a"], "INSPECTED_UNIT_PROPOSAL", "COUNTY", "350102", "IMMEDIATE", "R4-fixable-now");
        AssertDecision(byId["r4b"], "FILE_FOR_RECORD", "CITY", "350100", "IMMEDIATE", "R4-unclear-file-for-record");
        AssertDecision(byId["r4crime"], "DISCIPLINE_COMMISSION", "COUNTY", "350102", "IMMEDIATE", "R5-discipline-commission");
        AssertDecision(byId["r5dc"], "DISCIPLINE_COMMISSION", "CITY", "350100", "IMMEDIATE", "R5-discipline-commission");
        AssertDecision(byId["r5od"], "ORGANIZATION_DEPARTMENT", "COUNTY", "350102", "IMMEDIATE", "R5-organization-department");
        AssertDecision(byId["r5pl"], "POLITICAL_LEGAL", "COUNTY", "350102", "IMMEDIATE", "R5-political-legal");
        AssertDecision(byId["r5other"], "OTHER_RELEVANT_UNIT", "COUNTY", "350102", "IMMEDIATE", "R5-other-relevant-unit");
        Assert.Contains("省委巡视办", byId["r2"].GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"basis\": \"市县巡察发现的省管干部", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_items_get_an_error_naming_the_field_and_the_others_are_still_decided()
    {
        var input = "[" + string.Join(",\n",
            RouteProcess.Case("ok-1", "COUNTY", "350102", "COUNTY", "350102", "DUTY_CRIME"),
            RouteProcess.Case("bad-problem", "COUNTY", "350102", "COUNTY", "350102", "TAX_EVASION"),
            RouteProcess.Case("bad-management", "MUNICIPAL", "350102", "COUNTY", "350102", "DUTY_CRIME"),
            RouteProcess.Case("bad-flag", "COUNTY", "350102", "COUNTY", "350102", "DISCIPLINE_WORK", "URGENT"),
            RouteProcess.Case("bad-code", "COUNTY", "35010X", "COUNTY", "350102", "DISCIPLINE_WORK"),
            RouteProcess.Case("bad-round-level", "COUNTY", "350102", "PROVINCE", "350000", "DISCIPLINE_WORK"),
            RouteProcess.Case("level-code-mismatch", "COUNTY", "350102", "CITY", "350102", "DISCIPLINE_WORK"),
            RouteProcess.Case("no-county", "COUNTY", "350100", "CITY", "350100", "CADRE_SELECTION"),
            """{"subject":{"managementLevel":"CITY","jurisdiction":"350100"},"foundBy":{"level":"CITY","jurisdiction":"350100"},"problem":"DUTY_CRIME"}""",
            "42",
            """{"id":"no-subject","foundBy":{"level":"CITY","jurisdiction":"350100"},"problem":"DUTY_CRIME"}""",
            RouteProcess.Case("ok-2", "NONE", "350102", "CITY", "350100", "ORGANIZED_CRIME")) + "]";

        var run = await RouteProcess.RunAsync(input);

        var byId = RouteProcess.ById(run);
        Assert.Equal(12, byId.Count);
        AssertDecision(byId["ok-1"], "DISCIPLINE_COMMISSION", "COUNTY", "350102", "IMMEDIATE", "R5-discipline-commission");
        AssertDecision(byId["ok-2"], "POLITICAL_LEGAL", "COUNTY", "350102", "IMMEDIATE", "R5-political-legal");
        void Error(string id, params string[] fragments)
        {
            var element = byId[id];
            Assert.Equal(2, element.EnumerateObject().Count());
            var message = element.GetProperty("error").GetString()!;
            Assert.All(fragments, f => Assert.Contains(f, message, StringComparison.Ordinal));
        }

        Error("bad-problem", "problem 'TAX_EVASION' is unknown", "DUTY_CRIME");
        Error("bad-management", "subject.managementLevel 'MUNICIPAL' is unknown", "PROVINCE");
        Error("bad-flag", "flag 'URGENT' is unknown", "FIXABLE_NOW, UNCLEAR");
        Error("bad-code", "subject.jurisdiction", "35010X", "6 digits");
        Error("bad-round-level", "foundBy.level 'PROVINCE'", "CITY or COUNTY");
        Error("level-code-mismatch", "350102", "not a city code");
        Error("no-county", "COUNTY-managed", "county (or district) code");
        Error("#8", "has no \"id\"");
        Error("#9", "item 9 must be an object");
        Error("no-subject", "subject is missing");
    }

    [Theory]
    [InlineData("[{\"id\":\"1\",", "not a JSON array of cases")]
    [InlineData("{\"id\":\"1\"}", "must be a JSON array")]
    [InlineData("", "not a JSON array of cases")]
    public async Task Input_that_is_not_a_json_array_exits_2_with_a_clear_error_and_no_output(string input, string message)
    {
        var run = await RouteProcess.RunAsync(input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.StdErr, StringComparison.Ordinal);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public async Task An_empty_array_prints_an_empty_array()
    {
        var run = await RouteProcess.RunAsync("[]");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(run.StdOut).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(run.StdOut).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_variant_rule_table_given_with_rules_is_the_one_applied()
    {
        using var dir = new TempDirectory();
        var variant = Path.Combine(dir.Path, "variant.yaml");
        // This variant sends ordinary crime of a city-managed cadre to the commission of the managing city instead.
        await File.WriteAllTextAsync(variant, ShippedRules()
            .Replace("version: \"2026.1\"", "version: \"variant-1\"", StringComparison.Ordinal)
            .Replace("problems: [SIX_DISCIPLINES, EIGHT_POINT_RULES_FOUR_STYLES, COMMISSION_CRIME]", "problems: [SIX_DISCIPLINES, EIGHT_POINT_RULES_FOUR_STYLES, COMMISSION_CRIME, ORDINARY_CRIME]", StringComparison.Ordinal)
            .Replace("problems: [POLITICAL_LEGAL_CRIME]", "problems: [ORGANIZED_CRIME]", StringComparison.Ordinal));

        var run = await RouteProcess.RunAsync("[" + RouteProcess.Case("v", "CITY", "350102", "CITY", "350100", "ORDINARY_CRIME") + "]", "--rules", variant);

        AssertDecision(RouteProcess.ById(run)["v"], "DISCIPLINE_COMMISSION", "CITY", "350100", "IMMEDIATE", "R5-discipline-commission");
    }

    [Fact]
    public async Task An_invalid_rule_table_exits_2_naming_its_line_and_the_file()
    {
        using var dir = new TempDirectory();
        var variant = Path.Combine(dir.Path, "broken.yaml");
        var text = ShippedRules().Replace("route: POLITICAL_LEGAL", "route: POLICE", StringComparison.Ordinal);
        await File.WriteAllTextAsync(variant, text);
        var line = text[..text.IndexOf("route: POLICE", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var run = await RouteProcess.RunAsync("[]", "--rules", variant);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.yaml", run.StdErr, StringComparison.Ordinal);
        Assert.Contains($"line {line}: rule 'R5-political-legal': route 'POLICE' is unknown", run.StdErr, StringComparison.Ordinal);
        Assert.Equal("", run.StdOut);
    }
}
