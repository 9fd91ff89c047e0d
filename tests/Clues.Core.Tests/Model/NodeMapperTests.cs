using System.Text.Json;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Model;

public sealed class NodeMapperTests
{
    private static readonly Person Cadre = new(
        "p-1", "王芳", Gender.Female, new DateOnly(1949, 12, 31),
        NationalIdNumber.Parse("11010519491231002X"), PoliticalStatus.PartyMember, ManagementLevel.City);

    [Fact]
    public void Person_becomes_a_record_with_label_name_and_national_id_key()
    {
        var record = NodeMapper.ToRecord(Cadre);

        Assert.Equal("p-1", record.Id);
        Assert.Equal(NodeLabel.Person, record.Label);
        Assert.Equal("王芳", record.Name);
        Assert.Equal(new NaturalKey(NaturalKeyKind.NationalId, "11010519491231002X"), record.Key);
        Assert.False(record.Properties.ContainsKey("id"));
        Assert.Equal("City", record.Properties["managementLevel"]!.GetValue<string>());
        Assert.Equal("1949-12-31", record.Properties["birthDate"]!.GetValue<string>());
    }

    [Fact]
    public void Every_node_kind_round_trips_through_its_record()
    {
        IGraphNode[] nodes =
        [
            Cadre,
            new Unit("u-1", "某市发展和改革委员会", UnitKind.Department),
            new Position("pos-1", "主任", CadreRank.DivisionChief, true, new DateOnly(2020, 1, 1), null),
            new Company("c-1", "某某建设有限公司", CreditCode.Parse("91350100M000100Y43"), "李四", 1_000_000m, new DateOnly(2015, 5, 1)),
            new Project("pr-1", "滨江路改造工程", ProjectKind.Construction, 12_500_000.50m, new DateOnly(2021, 3, 1), new DateOnly(2022, 6, 30)),
            new Fund("f-1", "2025年乡村振兴专项资金", FundKind.Special, 3_000_000m, 2025),
            new Payment("pay-1", 150_000m, new DateOnly(2025, 4, 2), "工程款", "记-0042"),
            new Clue("cl-1", "XC-2025-001", ClueSource.Letter, new DateOnly(2025, 3, 3), "反映某某违规收受礼金",
                [ProblemType.GiftsAndCash, ProblemType.IntegrityDiscipline], ClueStatus.Registered, ["举报信一份"], true),
            new InspectionRound("r-1", "七届市委第三轮巡察", 7, 3, RoundKind.Regular, JurisdictionLevel.City, new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 1)),
            new InspectionGroup("g-1", "第一巡察组", 1, "赵六"),
            new Body("b-1", "某市纪委监委", BodyKind.DisciplineCommission, JurisdictionLevel.City),
            new Jurisdiction("j-1", "某市", DivisionCode.Parse("330100"), JurisdictionLevel.City),
        ];

        foreach (var node in nodes)
        {
            var back = NodeMapper.FromRecord(NodeMapper.ToRecord(node));
            Assert.Equal(JsonSerializer.Serialize(node, node.GetType(), NodeMapper.JsonOptions), JsonSerializer.Serialize(back, back.GetType(), NodeMapper.JsonOptions));
        }

        Assert.Equal(Enum.GetValues<NodeLabel>().Length, nodes.Select(n => NodeMapper.ToRecord(n).Label).Distinct().Count());
    }

    [Fact]
    public void A_damaged_national_id_in_stored_properties_is_refused_when_read()
    {
        var record = NodeMapper.ToRecord(Cadre);
        record.Properties["nationalId"] = "110105194912310021";

        var error = Assert.Throws<JsonException>(() => NodeMapper.FromRecord(record));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_record_as_the_wrong_kind_names_both_kinds()
    {
        var record = NodeMapper.ToRecord(Cadre);

        var error = Assert.Throws<InvalidOperationException>(() => NodeMapper.FromRecord<Company>(record));
        Assert.Contains("Person", error.Message, StringComparison.Ordinal);
        Assert.Contains("Company", error.Message, StringComparison.Ordinal);
    }
}
