using System.Text.Json;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Packages.Keys;

namespace Clues.Api.Tests.Handover;

/// <summary>
/// The handover workflow through GraphQL on the demo data: a city group drafts a clue's items, the office files,
/// the leading group approves, the handover officer issues a signed package, the recipient's steps follow, and
/// every step out of turn is refused with the workflow's reason.
/// </summary>
public sealed class HandoverApiTests : IAsyncLifetime
{
    private static readonly DivisionCode City = DivisionCode.Parse("431400");

    private readonly HandoverApiFactory _factory = new();

    public async Task InitializeAsync()
    {
        await OfficeKeyFiles.CreateAsync(_factory.OfficeKeyDirectory, overwrite: false, CancellationToken.None);
        _factory.With("Clues:Handover:SigningKeyFile", Path.Combine(_factory.OfficeKeyDirectory, OfficeKeyFiles.PrivateKeyFileName));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private HttpClient As(Role role) =>
        _factory.CreateClientFor(new Principal($"test-{role}", $"测试{role}", new HashSet<Role> { role }, City, JurisdictionLevel.City));

    private async Task<string> CityRoundClueAsync()
    {
        var (_, body) = await As(Role.GroupMember).PostGraphQLAsync("""
            { clues(first: 100) { edges { node { id code problems round { level jurisdiction { code } } subjects { __typename } } } } }
            """);
        var clue = body.Data().GetProperty("clues").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("round").ValueKind == JsonValueKind.Object
                && n.GetProperty("round").GetProperty("jurisdiction").GetProperty("code").GetString() == "431400"
                && n.GetProperty("problems").GetArrayLength() > 0);
        return clue.GetProperty("id").GetString()!;
    }

    private static JsonElement Transition(JsonElement body) => body.Data().GetProperty("transitionHandover");

    private const string Step = "mutation($id: ID!, $to: HandoverState!, $reason: String) { transitionHandover(input: { id: $id, to: $to, reason: $reason }) { id state } }";

    [Fact]
    public async Task A_clue_goes_from_draft_through_approval_to_a_signed_package_and_the_recipient_concludes_it()
    {
        var clue = await CityRoundClueAsync();
        var (_, preview) = await As(Role.GroupMember).PostGraphQLAsync(
            "query($c: ID!) { routeClue(clue: $c) { recipient { route level jurisdiction } timing decisions { problem rule basis } } }", new { c = clue });
        var decisions = preview.Data().GetProperty("routeClue").EnumerateArray().ToList();
        Assert.NotEmpty(decisions);
        Assert.All(decisions, d => Assert.All(d.GetProperty("decisions").EnumerateArray(), p => Assert.StartsWith("R", p.GetProperty("rule").GetString(), StringComparison.Ordinal)));

        var (_, drafted) = await As(Role.GroupMember).PostGraphQLAsync(
            "mutation($c: ID!) { draftHandover(clue: $c) { id state recipient { route jurisdiction } decisions { rule basis } } }", new { c = clue });
        var items = drafted.Data().GetProperty("draftHandover").EnumerateArray().ToList();
        Assert.Equal(decisions.Count, items.Count);
        var item = items.First(i => i.GetProperty("state").GetString() == "DRAFT").GetProperty("id").GetString()!;

        Assert.Equal("PROPOSED", Transition((await As(Role.GroupMember).PostGraphQLAsync(Step, new { id = item, to = "PROPOSED" })).Body).GetProperty("state").GetString());
        Assert.Equal("FILED", Transition((await As(Role.OfficeStaff).PostGraphQLAsync(Step, new { id = item, to = "FILED" })).Body).GetProperty("state").GetString());
        Assert.Equal("APPROVED", Transition((await As(Role.LeadingGroup).PostGraphQLAsync(Step, new { id = item, to = "APPROVED" })).Body).GetProperty("state").GetString());

        var (_, exported) = await As(Role.HandoverOfficer).PostGraphQLAsync(
            "mutation($i: [ID!]!) { exportHandoverPackage(items: $i) { number packageId path clues contextNodes bytes } }", new { i = new[] { item } });
        var package = exported.Data().GetProperty("exportHandoverPackage");
        Assert.Matches(@"^江临巡移〔\d{4}〕\d+号$", package.GetProperty("number").GetString());
        Assert.Equal(1, package.GetProperty("clues").GetInt32());
        Assert.True(File.Exists(package.GetProperty("path").GetString()));

        var (_, after) = await As(Role.OfficeStaff).PostGraphQLAsync(
            "query($id: ID!) { handoverItem(id: $id) { state deadline handedOverAt clue { code } history { to actor } } }", new { id = item });
        var handed = after.Data().GetProperty("handoverItem");
        Assert.Equal("HANDED_OVER", handed.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.String, handed.GetProperty("deadline").ValueKind);
        Assert.Equal(["PROPOSED", "FILED", "APPROVED", "HANDED_OVER"], handed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()!).Where(s => s != "DRAFT").ToArray());

        var officer = As(Role.HandoverOfficer);
        Assert.Equal("RECEIVED", Transition((await officer.PostGraphQLAsync(Step, new { id = item, to = "RECEIVED" })).Body).GetProperty("state").GetString());
        var (_, disposed) = await officer.PostGraphQLAsync(
            "mutation($id: ID!) { transitionHandover(input: { id: $id, to: DISPOSED, disposal: PRELIMINARY_VERIFICATION }) { state disposal } }", new { id = item });
        Assert.Equal("PRELIMINARY_VERIFICATION", disposed.Data().GetProperty("transitionHandover").GetProperty("disposal").GetString());
        var (_, concluded) = await officer.PostGraphQLAsync(
            "mutation($id: ID!) { transitionHandover(input: { id: $id, to: CONCLUDED, conclusion: { outcome: SUBSTANTIATED, fourForms: SECOND, measures: [PARTY_WARNING], moneyRecovered: 12000.5 } }) { state conclusion { outcome fourForms measures moneyRecovered } } }",
            new { id = item });
        Assert.Equal("SUBSTANTIATED", concluded.Data().GetProperty("transitionHandover").GetProperty("conclusion").GetProperty("outcome").GetString());
        Assert.Equal("CLOSED", Transition((await As(Role.OfficeStaff).PostGraphQLAsync(Step, new { id = item, to = "CLOSED" })).Body).GetProperty("state").GetString());

        var (_, register) = await As(Role.OfficeStaff).PostGraphQLAsync(
            "{ handoverRegister(filter: { state: CLOSED }) { items { id } byOutcome { key count } moneyRecovered } }");
        var closed = register.Data().GetProperty("handoverRegister");
        Assert.Contains(closed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == item);
        Assert.Contains(closed.GetProperty("byOutcome").EnumerateArray(), c => c.GetProperty("key").GetString() == "SUBSTANTIATED" && c.GetProperty("count").GetInt32() >= 1);
    }

    [Fact]
    public async Task Steps_out_of_turn_or_by_the_wrong_role_are_refused_with_the_reason()
    {
        var clue = await CityRoundClueAsync();
        var (_, drafted) = await As(Role.GroupMember).PostGraphQLAsync("mutation($c: ID!) { draftHandover(clue: $c) { id } }", new { c = clue });
        var item = drafted.Data().GetProperty("draftHandover")[0].GetProperty("id").GetString()!;

        // The leading group cannot approve a draft that was never proposed and filed.
        var (_, early) = await As(Role.LeadingGroup).PostGraphQLAsync(Step, new { id = item, to = "APPROVED" });
        var error = early.GetProperty("errors")[0];
        Assert.Equal("HANDOVER_REFUSED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("DRAFT", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);

        // An analyst may read the graph but takes no workflow step.
        var (_, analyst) = await As(Role.Analyst).PostGraphQLAsync(Step, new { id = item, to = "PROPOSED" });
        Assert.Equal("HANDOVER_REFUSED", analyst.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // Packages need the export permission and approved items.
        var (_, export) = await As(Role.HandoverOfficer).PostGraphQLAsync("mutation($i: [ID!]!) { exportHandoverPackage(items: $i) { number } }", new { i = new[] { item } });
        Assert.Equal("HANDOVER_REFUSED", export.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var (_, staff) = await As(Role.OfficeStaff).PostGraphQLAsync("mutation($i: [ID!]!) { exportHandoverPackage(items: $i) { number } }", new { i = new[] { item } });
        Assert.Equal("FORBIDDEN", staff.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
