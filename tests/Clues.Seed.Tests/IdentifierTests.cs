using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Tests;

public sealed class IdentifierTests
{
    private static readonly string[] DemoCountyCodes = ["431402", "431403", "431421"];

    [Fact]
    public void Every_national_id_is_valid_and_matches_birth_date_gender_and_a_county_of_the_city()
    {
        var people = GeneratedGraph.Demo.Nodes.Where(n => n.Label == NodeLabel.Person).ToList();
        var withId = 0;
        foreach (var node in people)
        {
            var person = NodeMapper.FromRecord<Person>(node);
            if (person.NationalId is null)
            {
                continue;
            }

            withId++;
            Assert.True(NationalIdNumber.TryParse(person.NationalId.Value, out var parsed, out var error), error);
            Assert.Equal(person.BirthDate, parsed.BirthDate);
            Assert.Equal(person.Gender == Gender.Male, parsed.IsMale);
            Assert.Contains(parsed.DivisionCode, DemoCountyCodes);
            Assert.Equal(new NaturalKey(NaturalKeyKind.NationalId, parsed.Value), node.Key);
        }

        Assert.True(withId > people.Count * 0.9, $"Only {withId} of {people.Count} people have an ID number.");
    }

    [Fact]
    public void Every_credit_code_is_valid_and_carries_a_division_code_of_the_city()
    {
        var companies = GeneratedGraph.Demo.Nodes.Where(n => n.Label == NodeLabel.Company).ToList();
        Assert.NotEmpty(companies);
        foreach (var node in companies)
        {
            var company = NodeMapper.FromRecord<Company>(node);
            Assert.True(CreditCode.TryParse(company.CreditCode.Value, out _, out var error), error);
            Assert.StartsWith("91", company.CreditCode.Value, StringComparison.Ordinal);
            Assert.Contains(company.CreditCode.Value.Substring(2, 6), DemoCountyCodes.Append("431400"));
            Assert.Equal(new NaturalKey(NaturalKeyKind.CreditCode, company.CreditCode.Value), node.Key);
        }
    }

    [Fact]
    public void Natural_keys_and_ids_are_unique()
    {
        var graph = GeneratedGraph.Demo;
        var keys = graph.Nodes.Where(n => n.Key is not null).Select(n => n.Key!.Value).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(graph.Relationships.Count, graph.Relationships.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Jurisdictions_use_gb_t_2260_codes_under_one_province()
    {
        var jurisdictions = GeneratedGraph.Demo.Nodes.Where(n => n.Label == NodeLabel.Jurisdiction).Select(NodeMapper.FromRecord<Jurisdiction>).ToList();

        var province = Assert.Single(jurisdictions, j => j.Level == JurisdictionLevel.Province);
        Assert.True(province.Code.IsProvince);
        var city = Assert.Single(jurisdictions, j => j.Level == JurisdictionLevel.City);
        Assert.True(city.Code.IsCity);
        Assert.StartsWith(province.Code.Value[..2], city.Code.Value, StringComparison.Ordinal);
        var counties = jurisdictions.Where(j => j.Level == JurisdictionLevel.County).ToList();
        Assert.True(counties.Count >= 3);
        Assert.All(counties, c => Assert.StartsWith(city.Code.Value[..4], c.Code.Value, StringComparison.Ordinal));
    }
}
