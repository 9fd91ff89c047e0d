using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Access;

public sealed class AccessPolicyTests
{
    private static Principal With(params Role[] roles) =>
        new("u1", "User One", roles.ToHashSet(), DivisionCode.Parse("431400"), JurisdictionLevel.City);

    [Fact]
    public void An_anonymous_caller_is_denied_everything()
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.False(AccessPolicy.Default.IsAllowed(null, permission));
        }
    }

    [Fact]
    public void A_principal_without_roles_is_denied_everything()
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            Assert.False(AccessPolicy.Default.IsAllowed(With(), permission));
        }
    }

    [Fact]
    public void A_role_missing_from_a_custom_table_gets_nothing()
    {
        var policy = new AccessPolicy(new Dictionary<Role, IReadOnlyCollection<Permission>> { [Role.Analyst] = [Permission.ReadGraph] });

        Assert.True(policy.IsAllowed(With(Role.Analyst), Permission.ReadGraph));
        Assert.False(policy.IsAllowed(With(Role.Analyst), Permission.ReadClue));
        Assert.False(policy.IsAllowed(With(Role.OfficeStaff), Permission.ReadReporterIdentity));
    }

    [Theory]
    [InlineData(Role.Analyst, false)]
    [InlineData(Role.GroupMember, false)]
    [InlineData(Role.OfficeStaff, true)]
    [InlineData(Role.LeadingGroup, false)]
    [InlineData(Role.HandoverOfficer, false)]
    [InlineData(Role.Auditor, false)]
    [InlineData(Role.Admin, false)]
    public void Only_office_staff_may_read_reporter_identities(Role role, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.Default.IsAllowed(With(role), Permission.ReadReporterIdentity));

    [Theory]
    [InlineData(Role.Analyst, Permission.ReadGraph, true)]
    [InlineData(Role.Analyst, Permission.ReadClue, true)]
    [InlineData(Role.Analyst, Permission.RegisterClue, false)]
    [InlineData(Role.Analyst, Permission.ExportPackage, false)]
    [InlineData(Role.GroupMember, Permission.RegisterClue, true)]
    [InlineData(Role.GroupMember, Permission.AssessClue, true)]
    [InlineData(Role.GroupMember, Permission.ExportPackage, false)]
    [InlineData(Role.LeadingGroup, Permission.ApproveHandover, true)]
    [InlineData(Role.LeadingGroup, Permission.RegisterClue, false)]
    [InlineData(Role.HandoverOfficer, Permission.ExportPackage, true)]
    [InlineData(Role.HandoverOfficer, Permission.ApproveHandover, false)]
    [InlineData(Role.Auditor, Permission.ReadAudit, true)]
    [InlineData(Role.Auditor, Permission.ReadClue, false)]
    [InlineData(Role.Admin, Permission.Administer, true)]
    [InlineData(Role.Admin, Permission.ReadClue, false)]
    [InlineData(Role.Admin, Permission.ReadAudit, false)]
    public void Each_role_gets_exactly_what_its_row_lists(Role role, Permission permission, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.Default.IsAllowed(With(role), permission));

    [Theory]
    [InlineData(Role.Analyst, true, false)]
    [InlineData(Role.GroupMember, true, false)]
    [InlineData(Role.OfficeStaff, true, true)]
    [InlineData(Role.LeadingGroup, true, true)]
    [InlineData(Role.HandoverOfficer, true, false)]
    [InlineData(Role.Auditor, false, false)]
    [InlineData(Role.Admin, false, false)]
    public void Graph_readers_may_ask_other_offices_but_only_office_staff_and_the_leading_group_decide(Role role, bool request, bool grant)
    {
        Assert.Equal(request, AccessPolicy.Default.IsAllowed(With(role), Permission.RequestAccess));
        Assert.Equal(grant, AccessPolicy.Default.IsAllowed(With(role), Permission.GrantAccess));
    }

    [Fact]
    public void Roles_combine_so_one_grant_is_enough()
    {
        var both = With(Role.Auditor, Role.Analyst);

        Assert.True(AccessPolicy.Default.IsAllowed(both, Permission.ReadAudit));
        Assert.True(AccessPolicy.Default.IsAllowed(both, Permission.ReadClue));
    }

    [Fact]
    public void Demand_throws_access_denied_naming_the_permission()
    {
        var e = Assert.Throws<AccessDeniedException>(() => AccessPolicy.Default.Demand(With(Role.Analyst), Permission.ReadReporterIdentity));

        Assert.Contains("ReadReporterIdentity", e.Message, StringComparison.Ordinal);
    }
}
