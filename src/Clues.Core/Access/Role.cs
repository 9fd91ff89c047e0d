namespace Clues.Core.Access;

/// <summary>A role a user holds in an inspection office; what each role may do is <see cref="AccessPolicy"/>'s table.</summary>
public enum Role
{
    /// <summary>Analyst in an inspection group or office: explores the graph.</summary>
    Analyst = 1,
    /// <summary>Member of an inspection group (巡察组): registers and assesses clues.</summary>
    GroupMember = 2,
    /// <summary>Designated staff of the inspection office (巡察办); the only role that may see reporter identities.</summary>
    OfficeStaff = 3,
    /// <summary>Leading group (巡察工作领导小组): approves handover proposals.</summary>
    LeadingGroup = 4,
    /// <summary>Handover officer: prepares, exports and tracks handover packages.</summary>
    HandoverOfficer = 5,
    /// <summary>Auditor: reads the audit log.</summary>
    Auditor = 6,
    /// <summary>Administrator: runs the deployment; deliberately no access to clue content or identities.</summary>
    Admin = 7,
}
