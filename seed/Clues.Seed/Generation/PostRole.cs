namespace Clues.Seed.Generation;

/// <summary>The part a post plays in its unit, which decides who fills it and whether history is added.</summary>
internal enum PostRole
{
    /// <summary>The unit head (局长, 镇党委书记, 村党支部书记 ...).</summary>
    Head,

    /// <summary>The party secretary of a department; often the head holds it too.</summary>
    Secretary,

    /// <summary>A leading-team member other than the head.</summary>
    Deputy,

    /// <summary>The deputy party secretary who is also mayor or county head (posts in two units).</summary>
    Mayor,

    /// <summary>The government's head post, filled by the <see cref="Mayor"/> person.</summary>
    MayorSeat,

    /// <summary>A section chief (科长, 股长, 部门经理).</summary>
    Section,

    /// <summary>Other staff.</summary>
    Staff,
}
