using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Model;

public sealed class GraphBatchBuilderTests
{
    private static GraphBatchBuilder WithPersonAndUnit() =>
        new GraphBatchBuilder()
            .Add(new Person("p-1", "王芳", Gender.Female, null, null, PoliticalStatus.Masses, ManagementLevel.None))
            .Add(new Person("p-2", "李强", Gender.Male, null, null, PoliticalStatus.Masses, ManagementLevel.None))
            .Add(new Unit("u-1", "某镇人民政府", UnitKind.Township));

    [Fact]
    public void Kinship_carries_its_relation_and_a_stable_id()
    {
        var batch = WithPersonAndUnit().Link(RelType.RelativeOf, "p-1", "p-2", properties: new { relation = KinshipRelation.Spouse }).Build();

        var rel = Assert.Single(batch.Relationships);
        Assert.Equal("RelativeOf:p-1>p-2", rel.Id);
        Assert.Equal("Spouse", rel.Properties["relation"]!.GetValue<string>());
        Assert.Equal(3, batch.Nodes.Count);
    }

    [Fact]
    public void A_relationship_against_the_schema_is_refused_naming_what_the_type_joins()
    {
        var error = Assert.Throws<ArgumentException>(() => WithPersonAndUnit().Link(RelType.RelativeOf, "p-1", "u-1"));

        Assert.Contains("RelativeOf joins Person to Person", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relationship_to_an_unknown_node_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => WithPersonAndUnit().Link(RelType.AssociateOf, "p-1", "p-9"));

        Assert.Contains("'p-9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_validity_interval_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => WithPersonAndUnit()
            .Link(RelType.AssociateOf, "p-1", "p-2", new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void Nodes_from_earlier_batches_can_be_linked_once_remembered()
    {
        var builder = WithPersonAndUnit();
        builder.Build();

        var batch = builder.Link(RelType.AssociateOf, "p-1", "p-2").Build();

        Assert.Empty(batch.Nodes);
        Assert.Single(batch.Relationships);
    }
}
