using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Tests;

public sealed class ContentTests
{
    private static List<T> All<T>(NodeLabel label) where T : class, IGraphNode =>
        GeneratedGraph.Demo.Nodes.Where(n => n.Label == label).Select(NodeMapper.FromRecord<T>).ToList();

    [Fact]
    public void The_demo_preset_has_about_two_thousand_nodes()
    {
        Assert.InRange(GeneratedGraph.Demo.Nodes.Count, 1_700, 2_500);
        Assert.True(GeneratedGraph.Demo.Relationships.Count > 2 * GeneratedGraph.Demo.Nodes.Count);
    }

    [Fact]
    public void Every_node_label_occurs()
    {
        var labels = GeneratedGraph.Demo.Nodes.Select(n => n.Label).ToHashSet();

        Assert.All(Enum.GetValues<NodeLabel>(), l => Assert.Contains(l, labels));
    }

    [Fact]
    public void All_fifteen_clue_sources_occur()
    {
        var sources = All<Clue>(NodeLabel.Clue).Select(c => c.Source).Distinct().ToList();

        Assert.Equal(15, Enum.GetValues<ClueSource>().Length);
        Assert.Equal(15, sources.Count);
    }

    [Fact]
    public void Names_are_chinese_surname_and_given_name_without_spaces()
    {
        var names = All<Person>(NodeLabel.Person).Select(p => p.Name).ToList();

        Assert.All(names, n =>
        {
            Assert.InRange(n.Length, 2, 4);
            Assert.All(n, c => Assert.InRange(c, '\u4E00', '\u9FFF'));
        });
        var threeCharacter = names.Count(n => n.Length == 3);
        var twoCharacter = names.Count(n => n.Length == 2);
        Assert.True(threeCharacter > names.Count * 0.6, $"{threeCharacter} of {names.Count} names have three characters.");
        Assert.True(twoCharacter > names.Count * 0.1, $"{twoCharacter} of {names.Count} names have two characters.");
        Assert.True(names.Distinct().Count() > names.Count * 0.8, "Names repeat too often.");
    }

    [Fact]
    public void Cadres_exist_at_every_management_level_with_few_province_managed()
    {
        var levels = All<Person>(NodeLabel.Person).GroupBy(p => p.ManagementLevel).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<ManagementLevel>(), l => Assert.True(levels.GetValueOrDefault(l) > 0, $"No {l} people."));
        Assert.InRange(levels[ManagementLevel.Province], 1, 15);
        Assert.True(levels[ManagementLevel.None] > levels[ManagementLevel.City]);
    }

    [Fact]
    public void Some_people_changed_posts_and_their_earlier_posts_ended()
    {
        var graph = GeneratedGraph.Demo;
        var positions = All<Position>(NodeLabel.Position).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var movers = graph.Relationships.Where(r => r.Type == RelType.Holds)
            .GroupBy(r => r.StartId)
            .Count(g => g.Any(r => positions[r.EndId].End is not null) && g.Any(r => positions[r.EndId].End is null));

        Assert.True(movers >= 10, $"Only {movers} people hold an ended and a current post.");
        Assert.Contains(positions.Values, p => p.LeadingTeamMember);
        Assert.Contains(positions.Values, p => !p.LeadingTeamMember);
    }

    [Fact]
    public void Kinship_covers_spouses_children_parents_siblings_and_in_laws()
    {
        var relations = GeneratedGraph.Demo.Relationships.Where(r => r.Type == RelType.RelativeOf)
            .Select(r => (string)r.Properties["relation"]!).ToHashSet(StringComparer.Ordinal);

        Assert.All(Enum.GetNames<KinshipRelation>(), k => Assert.Contains(k, relations));
    }

    [Fact]
    public void Rounds_of_every_kind_are_run_by_the_city_and_by_counties()
    {
        var graph = GeneratedGraph.Demo;
        var rounds = All<InspectionRound>(NodeLabel.InspectionRound);

        Assert.All(Enum.GetValues<RoundKind>(), k => Assert.Contains(rounds, r => r.Kind == k));
        Assert.Contains(rounds, r => r.Level == JurisdictionLevel.City);
        Assert.Contains(rounds, r => r.Level == JurisdictionLevel.County);
        var placed = graph.Relationships.Where(r => r.Type == RelType.InJurisdiction).Select(r => r.StartId).ToHashSet(StringComparer.Ordinal);
        Assert.All(rounds, r => Assert.Contains(r.Id, placed));
    }

    [Fact]
    public void Bodies_of_each_kind_sit_at_province_city_and_county_level()
    {
        var bodies = All<Body>(NodeLabel.Body);

        Assert.Contains(bodies, b => b.Kind == BodyKind.ProvincialInspectionOffice && b.Level == JurisdictionLevel.Province);
        foreach (var level in new[] { JurisdictionLevel.City, JurisdictionLevel.County })
        {
            foreach (var kind in new[] { BodyKind.DisciplineCommission, BodyKind.OrganisationDepartment, BodyKind.PoliticalLegal, BodyKind.Propaganda, BodyKind.RuleOfLawOffice, BodyKind.InspectionOffice })
            {
                Assert.Contains(bodies, b => b.Kind == kind && b.Level == level);
            }
        }

        Assert.Contains(bodies, b => b.Kind == BodyKind.ResidentTeam);
    }

    [Fact]
    public void Every_clue_has_a_round_a_group_and_a_primary_subject()
    {
        var graph = GeneratedGraph.Demo;
        var byClue = graph.Relationships.Where(r => r.StartId.StartsWith("clue-", StringComparison.Ordinal)).ToLookup(r => r.StartId);
        foreach (var clue in All<Clue>(NodeLabel.Clue))
        {
            var links = byClue[clue.Id].ToList();
            Assert.Single(links, l => l.Type == RelType.FoundIn);
            Assert.Single(links, l => l.Type == RelType.CollectedBy);
            Assert.Single(links, l => l.Type == RelType.Concerns && (string?)l.Properties["role"] == "Primary");
            Assert.False(string.IsNullOrWhiteSpace(clue.Summary));
            Assert.NotEmpty(clue.Problems);
            Assert.NotEmpty(clue.Evidence);
        }
    }

    [Fact]
    public void Some_companies_are_fronted_by_relatives_of_cadres()
    {
        var graph = GeneratedGraph.Demo;
        var relatives = graph.Relationships.Where(r => r.Type == RelType.RelativeOf).Select(r => r.EndId).ToHashSet(StringComparer.Ordinal);
        var fronted = graph.Relationships.Count(r => r.Type is RelType.LegalRepresentativeOf or RelType.ShareholderOf
            && relatives.Contains(r.StartId) && !r.EndId.StartsWith("co-s", StringComparison.Ordinal));

        Assert.True(fronted >= 3, $"Only {fronted} ownership links from relatives outside the scenarios.");
    }

    [Fact]
    public void Funds_pay_companies_and_people()
    {
        var graph = GeneratedGraph.Demo;
        var paidTo = graph.Relationships.Where(r => r.Type == RelType.PaidTo).Select(r => graph.NodesById[r.EndId].Label).ToList();
        var paidFrom = graph.Relationships.Where(r => r.Type == RelType.PaidFrom).Select(r => graph.NodesById[r.EndId].Label).ToHashSet();

        Assert.Contains(NodeLabel.Company, paidTo);
        Assert.Contains(NodeLabel.Person, paidTo);
        Assert.Equal(new HashSet<NodeLabel> { NodeLabel.Fund, NodeLabel.Unit, NodeLabel.Company }, paidFrom);
    }
}
