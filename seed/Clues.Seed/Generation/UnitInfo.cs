using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>A unit already written, with what later phases link to: its people, leaders and projects.</summary>
internal sealed class UnitInfo
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The name without the region prefix or organ suffix: 住房和城乡建设局, 鸭田镇, 鸭田镇柳河村 (used in project and fund names).</summary>
    public required string ShortName { get; init; }
    public required UnitRole Role { get; init; }
    public required UnitKind Kind { get; init; }

    /// <summary>Department key (zj, jt, ...) or firm / institution / township / village / root.</summary>
    public required string Tag { get; init; }
    public required int Region { get; init; }
    public required string HeadTitle { get; init; }
    public string StaffTitle { get; init; } = "科员";

    /// <summary>For a township, 镇, 乡 or 街道; for a village, 村 or 社区.</summary>
    public string Settlement { get; init; } = "";

    /// <summary>Current post holders other than scenario people (clue subjects are drawn from them).</summary>
    public List<int> Members { get; } = [];

    /// <summary>Current leading-team members other than scenario people.</summary>
    public List<int> Leaders { get; } = [];

    public List<int> Projects { get; } = [];

    /// <summary>Scenario people who belong here; the people phase places them in the social lattice at this unit.</summary>
    public List<int> ScenarioPeople { get; } = [];

    /// <summary>True when a scenario person holds the head post, so the people phase leaves it alone.</summary>
    public bool HeadReserved { get; set; }

    /// <summary>The regular head's tenure may not start before this day (a scenario person held the post earlier).</summary>
    public DateOnly? HeadNotBefore { get; set; }

    public bool IsCityLevel => Region == 0;
}
