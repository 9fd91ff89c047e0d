using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Tests.Access;

public sealed class AccessRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 9, 0, 0, TimeSpan.FromHours(8));

    private static Principal User(string id, string office, params Role[] roles) =>
        new(id, id, roles.ToHashSet(), DivisionCode.Parse(office), office.EndsWith("00", StringComparison.Ordinal) ? JurisdictionLevel.City : JurisdictionLevel.County);

    private static AccessRequest Filed() =>
        AccessRequest.File("AR-1", User("qs-analyst", "431421", Role.Analyst), AccessPolicy.Default, DivisionCode.Parse("431402"), ["clue-9", "per-2", "clue-9"], "  核查王某线索需要  ", Now);

    [Fact]
    public void A_filed_request_is_pending_from_the_requesters_office_with_distinct_sorted_nodes_and_a_trimmed_reason()
    {
        var request = Filed();

        Assert.Equal(AccessRequestStatus.Pending, request.Status);
        Assert.Equal("431421", request.RequesterOffice.Value);
        Assert.Equal("431402", request.OwnerOffice.Value);
        Assert.Equal(["clue-9", "per-2"], request.NodeIds);
        Assert.Equal("核查王某线索需要", request.Reason);
        Assert.Null(request.DecidedBy);
    }

    [Fact]
    public void Filing_needs_RequestAccess_a_reason_another_office_and_at_least_one_node()
    {
        var analyst = User("qs-analyst", "431421", Role.Analyst);
        var owner = DivisionCode.Parse("431402");

        Assert.Throws<AccessDeniedException>(() => AccessRequest.File("AR-2", User("auditor", "431421", Role.Auditor), AccessPolicy.Default, owner, ["n"], "why", Now));
        var noReason = Assert.Throws<ArgumentException>(() => AccessRequest.File("AR-3", analyst, AccessPolicy.Default, owner, ["n"], "   ", Now));
        var ownOffice = Assert.Throws<ArgumentException>(() => AccessRequest.File("AR-4", analyst, AccessPolicy.Default, analyst.Jurisdiction, ["n"], "why", Now));
        var noNodes = Assert.Throws<ArgumentException>(() => AccessRequest.File("AR-5", analyst, AccessPolicy.Default, owner, [], "why", Now));
        var longReason = Assert.Throws<ArgumentException>(() => AccessRequest.File("AR-6", analyst, AccessPolicy.Default, owner, ["n"], new string('因', 1001), Now));

        Assert.Contains("reason", noReason.Message, StringComparison.Ordinal);
        Assert.Contains("own office", ownOffice.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 1000 nodes", noNodes.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1000", longReason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Office_staff_of_the_owning_office_grant_and_the_decision_is_recorded()
    {
        var staff = User("jb-staff", "431402", Role.OfficeStaff);

        var granted = Filed().Decide(staff, AccessPolicy.Default, grant: true, reason: null, Now.AddHours(2));

        Assert.Equal(AccessRequestStatus.Granted, granted.Status);
        Assert.Equal("jb-staff", granted.DecidedBy);
        Assert.Equal(Now.AddHours(2), granted.DecidedAt);
        Assert.Null(granted.DecisionReason);
    }

    [Fact]
    public void The_leading_group_may_refuse_but_only_with_a_reason()
    {
        var leader = User("jb-leader", "431402", Role.LeadingGroup);

        var withoutReason = Assert.Throws<ArgumentException>(() => Filed().Decide(leader, AccessPolicy.Default, grant: false, reason: " ", Now));
        var refused = Filed().Decide(leader, AccessPolicy.Default, grant: false, reason: "线索尚在初核，暂不共享", Now);

        Assert.Contains("reason", withoutReason.Message, StringComparison.Ordinal);
        Assert.Equal(AccessRequestStatus.Refused, refused.Status);
        Assert.Equal("线索尚在初核，暂不共享", refused.DecisionReason);
    }

    [Fact]
    public void Nobody_outside_the_owning_office_or_without_GrantAccess_decides_and_a_request_is_decided_once()
    {
        var request = Filed();

        var otherOffice = Assert.Throws<AccessDeniedException>(() => request.Decide(User("qs-staff", "431421", Role.OfficeStaff), AccessPolicy.Default, true, null, Now));
        var city = Assert.Throws<AccessDeniedException>(() => request.Decide(User("city-staff", "431400", Role.OfficeStaff), AccessPolicy.Default, true, null, Now));
        Assert.Throws<AccessDeniedException>(() => request.Decide(User("jb-member", "431402", Role.GroupMember), AccessPolicy.Default, true, null, Now));
        Assert.Throws<AccessDeniedException>(() => request.Decide(User("jb-analyst", "431402", Role.Analyst), AccessPolicy.Default, true, null, Now));
        var decided = request.Decide(User("jb-staff", "431402", Role.OfficeStaff), AccessPolicy.Default, true, null, Now);
        var twice = Assert.Throws<InvalidOperationException>(() => decided.Decide(User("jb-staff", "431402", Role.OfficeStaff), AccessPolicy.Default, false, "改变主意", Now));

        Assert.Contains("431402", otherOffice.Message, StringComparison.Ordinal);
        Assert.Contains("Only the owning office", city.Message, StringComparison.Ordinal);
        Assert.Contains("decided once", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_is_granted_at_once_by_the_owning_office_to_another_office()
    {
        var leader = User("jb-leader", "431402", Role.LeadingGroup);

        var share = AccessRequest.Share("AR-7", leader, AccessPolicy.Default, DivisionCode.Parse("431421"), ["per-2", "clue-9"], "交青山县纪委处置", Now);

        Assert.Equal(AccessRequestStatus.Granted, share.Status);
        Assert.Equal("431421", share.RequesterOffice.Value);
        Assert.Equal("431402", share.OwnerOffice.Value);
        Assert.Equal(["clue-9", "per-2"], share.NodeIds);
        Assert.Equal("jb-leader", share.DecidedBy);
        Assert.Throws<AccessDeniedException>(() => AccessRequest.Share("AR-8", User("jb-analyst", "431402", Role.Analyst), AccessPolicy.Default, DivisionCode.Parse("431421"), ["n"], "r", Now));
        Assert.Throws<ArgumentException>(() => AccessRequest.Share("AR-9", leader, AccessPolicy.Default, leader.Jurisdiction, ["n"], "r", Now));
    }
}
