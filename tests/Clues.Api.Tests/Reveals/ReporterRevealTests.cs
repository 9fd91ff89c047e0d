using System.Text.Json;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Reveals;

/// <summary>
/// A sealed reporter identity is shown only to a requester whose reasoned request another person, a custodian, approved;
/// once per approval, with every step in the audit log.
/// </summary>
public sealed class ReporterRevealTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static Principal User(string id, Role role) =>
        new(id, id, new HashSet<Role> { role }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    private async Task<(string Clue, string ReporterName)> RegisterWithReporterAsync(HttpClient member)
    {
        var (_, found) = await member.PostGraphQLAsync("""{ search(text: "王", kinds: [PERSON], first: 1) { node { id } } }""");
        var person = found.Data().GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString()!;
        var name = "实名举报人" + Guid.NewGuid().ToString("N")[..6];
        var input = new
        {
            code = "RVL-" + Guid.NewGuid().ToString("N")[..8],
            source = "LETTER",
            receivedOn = "2024-05-06",
            summary = "违规发放津补贴",
            problems = new[] { "ALLOWANCES" },
            subjects = new[] { new { subject = person, role = "PRIMARY" } },
            reporter = new { name, contact = "13800000000", note = "要求保密" },
        };
        var (_, body) = await member.PostGraphQLAsync("mutation M($input: RegisterClueInput!) { registerClue(input: $input) { id } }", new { input });
        return (body.Data().GetProperty("registerClue").GetProperty("id").GetString()!, name);
    }

    [Fact]
    public async Task A_custodian_approved_request_shows_the_identity_once_and_every_step_is_audited()
    {
        using var member = factory.CreateClientFor(User("rvl-member", Role.GroupMember));
        using var custodian = factory.CreateClientFor(User("rvl-custodian", Role.OfficeStaff));
        var (clue, name) = await RegisterWithReporterAsync(member);

        var (_, asked) = await member.PostGraphQLAsync(
            "mutation($c: ID!) { requestReporterReveal(clue: $c, reason: \"核实举报内容需联系举报人\") { id state } }", new { c = clue });
        var request = asked.Data().GetProperty("requestReporterReveal");
        Assert.Equal("PENDING", request.GetProperty("state").GetString());
        var id = request.GetProperty("id").GetString()!;

        var (_, early) = await member.PostGraphQLAsync("mutation($r: ID!) { revealReporter(request: $r) { name } }", new { r = id });
        Assert.Equal("FORBIDDEN", Code(early));

        var (_, pending) = await custodian.PostGraphQLAsync("{ reporterRevealRequests(state: PENDING) { id requester reason } }");
        Assert.Contains(pending.Data().GetProperty("reporterRevealRequests").EnumerateArray(), r => r.GetProperty("id").GetString() == id);

        var (_, approved) = await custodian.PostGraphQLAsync(
            "mutation($r: ID!) { decideReporterReveal(id: $r, approve: true, note: \"同意\") { state custodian } }", new { r = id });
        Assert.Equal("APPROVED", approved.Data().GetProperty("decideReporterReveal").GetProperty("state").GetString());

        var (_, revealed) = await member.PostGraphQLAsync("mutation($r: ID!) { revealReporter(request: $r) { name contact } }", new { r = id });
        Assert.Equal(name, revealed.Data().GetProperty("revealReporter").GetProperty("name").GetString());

        var (_, again) = await member.PostGraphQLAsync("mutation($r: ID!) { revealReporter(request: $r) { name } }", new { r = id });
        Assert.Equal("FORBIDDEN", Code(again));
        Assert.DoesNotContain(name, again.GetRawText(), StringComparison.Ordinal);

        var audit = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(), new Principal("rvl-auditor", "auditor", new HashSet<Role> { Role.Auditor }, DivisionCode.Parse("431400"), JurisdictionLevel.City));
        var actions = audit.Where(e => e.Entry.Reason?.Contains(id, StringComparison.Ordinal) == true || e.Entry.TargetId == GlobalIdStore(clue)).Select(e => e.Entry.Action).ToList();
        Assert.Contains("RequestReporterReveal", actions);
        Assert.Contains("ApproveReporterReveal", actions);
        Assert.Contains("RevealReporter", actions);
        Assert.Contains("ReadReporterIdentity", actions);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request_and_a_refusal_needs_a_reason()
    {
        using var member = factory.CreateClientFor(User("rvl-member-2", Role.GroupMember));
        using var custodian = factory.CreateClientFor(User("rvl-custodian-2", Role.OfficeStaff));
        var (clue, name) = await RegisterWithReporterAsync(member);

        var (_, own) = await custodian.PostGraphQLAsync("mutation($c: ID!) { requestReporterReveal(clue: $c, reason: \"自查\") { id } }", new { c = clue });
        var ownId = own.Data().GetProperty("requestReporterReveal").GetProperty("id").GetString()!;
        var (_, self) = await custodian.PostGraphQLAsync("mutation($r: ID!) { decideReporterReveal(id: $r, approve: true) { state } }", new { r = ownId });
        Assert.Equal("FORBIDDEN", Code(self));

        var (_, memberAsks) = await member.PostGraphQLAsync("mutation($c: ID!) { requestReporterReveal(clue: $c, reason: \"了解情况\") { id } }", new { c = clue });
        var memberId = memberAsks.Data().GetProperty("requestReporterReveal").GetProperty("id").GetString()!;
        var (_, bare) = await custodian.PostGraphQLAsync("mutation($r: ID!) { decideReporterReveal(id: $r, approve: false) { state } }", new { r = memberId });
        Assert.Equal("BAD_USER_INPUT", Code(bare));

        // A group member holds no custodian permission.
        var (_, notCustodian) = await member.PostGraphQLAsync("mutation($r: ID!) { decideReporterReveal(id: $r, approve: true) { state } }", new { r = memberId });
        Assert.Equal("FORBIDDEN", Code(notCustodian));

        var (_, refused) = await custodian.PostGraphQLAsync("mutation($r: ID!) { decideReporterReveal(id: $r, approve: false, note: \"理由不充分\") { state } }", new { r = memberId });
        Assert.Equal("REFUSED", refused.Data().GetProperty("decideReporterReveal").GetProperty("state").GetString());
        var (_, denied) = await member.PostGraphQLAsync("mutation($r: ID!) { revealReporter(request: $r) { name } }", new { r = memberId });
        Assert.Equal("FORBIDDEN", Code(denied));
        Assert.DoesNotContain(name, denied.GetRawText(), StringComparison.Ordinal);
    }

    private static string GlobalIdStore(string globalId) => Clues.Api.Resolvers.GlobalId.Decode(globalId, "id").StoreId;
}
