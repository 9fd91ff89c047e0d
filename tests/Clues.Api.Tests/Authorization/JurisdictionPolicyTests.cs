using System.Text.Json;
using Clues.Api.AccessRequests;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Authorization;

/// <summary>
/// The two-level jurisdiction policy on the demo data, end to end: the city (江临市 431400) sees every county; a county
/// (青山县 431421) sees its own data only, learns that hidden connections exist and which office owns them (never what
/// they are), asks that office, and sees the nodes once the office grants.
/// </summary>
public sealed class JurisdictionPolicyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string City = "431400";
    private const string Jiangbei = "431402";
    private const string Chengnan = "431403";
    private const string Qingshan = "431421";

    private static readonly string KeyPerson = Id(NodeLabel.Person, "per-s3-key");
    private static readonly string KeyPersonSpouse = Id(NodeLabel.Person, "per-s3-spouse");

    private static Principal User(string id, Role role, string office) =>
        new(id, id, new HashSet<Role> { role }, DivisionCode.Parse(office), office == City ? JurisdictionLevel.City : JurisdictionLevel.County);

    private static string Id(NodeLabel label, string storeId) => GlobalId.Encode(label, storeId);

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>
    /// A city group member registers a clue in 江北区's round 中共江北区委第十四届第三轮巡察 about two 青山县 people:
    /// the clue is 江北区's, so 青山县 may see both people but not the clue that links them.
    /// </summary>
    private async Task<string> PlantJiangbeiClueAboutQingshanPeopleAsync(string second)
    {
        using var member = factory.CreateClientFor(User("city-member", Role.GroupMember, City));
        var input = new
        {
            code = "JB-" + Guid.NewGuid().ToString("N")[..8],
            source = "LETTER",
            receivedOn = "2024-03-18",
            summary = "跨县违规插手工程",
            problems = new[] { "INTEGRITY_DISCIPLINE" },
            subjects = new object[] { new { subject = KeyPerson, role = "PRIMARY" }, new { subject = second, role = "RELATED" } },
            round = Id(NodeLabel.InspectionRound, "round-0013"),
        };
        var (_, body) = await member.PostGraphQLAsync("mutation M($input: RegisterClueInput!) { registerClue(input: $input) { id } }", new { input });
        return body.Data().GetProperty("registerClue").GetProperty("id").GetString()!;
    }

    private static JsonElement OwnedBy(JsonElement connections, string code) =>
        connections.EnumerateArray().Single(c => c.GetProperty("owner").ValueKind == JsonValueKind.Object && c.GetProperty("owner").GetProperty("code").GetString() == code);

    [Fact]
    public async Task A_county_user_learns_whom_to_ask_about_a_hidden_clue_asks_and_sees_it_once_the_owning_office_grants()
    {
        const string Paths = """
            query Q($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, types: [CONCERNS], mode: ALL_SHORTEST) {
                paths { length nodes { id } }
                hiddenPaths { length hiddenNodes owners { code name office } connections { owner { code } nodes edges handle } }
              }
            }
            """;
        const string Neighbourhood = """
            query Q($id: ID!) {
              neighborhood(id: $id, types: [CONCERNS]) { hiddenNodes nodes { node { id } } hiddenConnections { owner { code name office } nodes edges handle } }
            }
            """;
        var clue = await PlantJiangbeiClueAboutQingshanPeopleAsync(KeyPersonSpouse);
        var (_, clueStoreId) = GlobalId.Decode(clue, "clue");
        var analyst = User("qs-analyst", Role.Analyst, Qingshan);
        using var qingshan = factory.CreateClientFor(analyst);
        using var jiangbeiStaff = factory.CreateClientFor(User("jb-staff", Role.OfficeStaff, Jiangbei));
        var pair = new { from = KeyPerson, to = KeyPersonSpouse };

        // Before: the path through the clue is not returned, only summarised; the clue is answered like an unknown id.
        var (_, before) = await qingshan.PostGraphQLAsync(Paths, pair);
        var (_, byId) = await qingshan.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id } }", new { id = clue });
        var (_, around) = await qingshan.PostGraphQLAsync(Neighbourhood, new { id = KeyPerson });

        var set = before.Data().GetProperty("paths");
        Assert.Empty(set.GetProperty("paths").EnumerateArray());
        var hiddenPath = Assert.Single(set.GetProperty("hiddenPaths").EnumerateArray());
        Assert.Equal(2, hiddenPath.GetProperty("length").GetInt32());
        Assert.Equal(1, hiddenPath.GetProperty("hiddenNodes").GetInt32());
        var owner = Assert.Single(hiddenPath.GetProperty("owners").EnumerateArray());
        Assert.Equal(Jiangbei, owner.GetProperty("code").GetString());
        Assert.Equal("江北区", owner.GetProperty("name").GetString());
        Assert.Equal("江北区委巡察办", owner.GetProperty("office").GetString());
        Assert.Equal(JsonValueKind.Null, byId.Data().GetProperty("node").ValueKind);
        var (_, network) = await qingshan.PostGraphQLAsync(
            "query Q($ids: [ID!]!) { connectingNetwork(ids: $ids, types: [CONCERNS]) { hiddenNodes nodes { node { id } } hiddenConnections { owner { office } nodes edges } } }",
            new { ids = new[] { KeyPerson, KeyPersonSpouse } });
        var networkGroup = Assert.Single(network.Data().GetProperty("connectingNetwork").GetProperty("hiddenConnections").EnumerateArray());
        Assert.Equal("江北区委巡察办", networkGroup.GetProperty("owner").GetProperty("office").GetString());
        Assert.Equal(1, networkGroup.GetProperty("nodes").GetInt32());
        Assert.Equal(2, networkGroup.GetProperty("edges").GetInt32());
        Assert.DoesNotContain(clue, network.GetRawText(), StringComparison.Ordinal);
        var jiangbeiGroup = OwnedBy(around.Data().GetProperty("neighborhood").GetProperty("hiddenConnections"), Jiangbei);
        Assert.True(jiangbeiGroup.GetProperty("nodes").GetInt32() >= 1);
        Assert.True(jiangbeiGroup.GetProperty("edges").GetInt32() >= 1);
        foreach (var body in new[] { before, around })
        {
            Assert.DoesNotContain(clue, body.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(clueStoreId, body.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("跨县违规插手工程", body.GetRawText(), StringComparison.Ordinal);
        }

        // Ask with the hidden path's handle: the request names the hidden clue without the requester ever seeing its id.
        var handle = hiddenPath.GetProperty("connections")[0].GetProperty("handle").GetString()!;
        var (_, filed) = await qingshan.PostGraphQLAsync(
            """mutation M($node: ID!) { requestAccess(node: $node, reason: "研判王超贵问题需要") { id status nodeCount nodes { id } owner { office } requesterOffice { code office } } }""",
            new { node = handle });
        var request = filed.Data().GetProperty("requestAccess");
        var requestId = request.GetProperty("id").GetString()!;
        Assert.Equal("PENDING", request.GetProperty("status").GetString());
        Assert.Equal(1, request.GetProperty("nodeCount").GetInt32());
        Assert.Empty(request.GetProperty("nodes").EnumerateArray());
        Assert.Equal("江北区委巡察办", request.GetProperty("owner").GetProperty("office").GetString());
        Assert.Equal("青山县委巡察办", request.GetProperty("requesterOffice").GetProperty("office").GetString());

        // The owning office lists it with the node (its own data) and grants.
        var (_, incoming) = await jiangbeiStaff.PostGraphQLAsync("{ accessRequests(status: PENDING) { id reason requestedBy nodes { id } } }");
        var listed = incoming.Data().GetProperty("accessRequests").EnumerateArray().Single(r => r.GetProperty("id").GetString() == requestId);
        Assert.Equal("研判王超贵问题需要", listed.GetProperty("reason").GetString());
        Assert.Equal(analyst.UserId, listed.GetProperty("requestedBy").GetString());
        Assert.Equal([clue], listed.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var (_, decided) = await jiangbeiStaff.PostGraphQLAsync(
            """mutation M($id: ID!) { decideAccessRequest(id: $id, grant: true, reason: "同意，限本次研判使用") { status decidedBy decisionReason } }""",
            new { id = requestId });
        Assert.Equal("GRANTED", decided.Data().GetProperty("decideAccessRequest").GetProperty("status").GetString());
        Assert.Equal("jb-staff", decided.Data().GetProperty("decideAccessRequest").GetProperty("decidedBy").GetString());

        // After: every user of 青山县 sees the clue, the path comes back whole; other counties still see nothing.
        using var qingshanColleague = factory.CreateClientFor(User("qs-member", Role.GroupMember, Qingshan));
        var (_, read) = await qingshanColleague.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { ... on Clue { summary } } }", new { id = clue });
        var (_, after) = await qingshan.PostGraphQLAsync(Paths, pair);
        using var chengnan = factory.CreateClientFor(User("cn-analyst", Role.Analyst, Chengnan));
        var (_, elsewhere) = await chengnan.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id } }", new { id = clue });
        var (_, outgoing) = await qingshan.PostGraphQLAsync("{ accessRequests(direction: OUTGOING) { id status nodes { id } } }");

        Assert.Equal("跨县违规插手工程", read.Data().GetProperty("node").GetProperty("summary").GetString());
        // The grant shares the clue, not its round: 江北区's round stays hidden in the clue's fields and in the clue list.
        var (_, listedClue) = await qingshan.PostGraphQLAsync(
            "query Q($s: [ID!]) { clues(filter: { subjects: $s }) { edges { node { id round { id } } round { id } group { id } subjects { node { id } } } } }",
            new { s = new[] { KeyPersonSpouse } });
        Assert.Contains(clue, listedClue.Data().GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Id(NodeLabel.InspectionRound, "round-0013"), listedClue.Data().GetRawText(), StringComparison.Ordinal);
        var path = Assert.Single(after.Data().GetProperty("paths").GetProperty("paths").EnumerateArray());
        Assert.Equal([KeyPerson, clue, KeyPersonSpouse], path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Empty(after.Data().GetProperty("paths").GetProperty("hiddenPaths").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, elsewhere.Data().GetProperty("node").ValueKind);
        var mine = outgoing.Data().GetProperty("accessRequests").EnumerateArray().Single(r => r.GetProperty("id").GetString() == requestId);
        Assert.Equal("GRANTED", mine.GetProperty("status").GetString());
        Assert.Equal([clue], mine.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        // Filing and granting are audited, with the reasons.
        var audit = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { TargetId = requestId }, User("auditor", Role.Auditor, City));
        Assert.Contains(audit, e => e.Entry.Action == AccessRequestResolvers.Requested && e.Entry.UserId == analyst.UserId && e.Entry.Reason!.Contains("研判王超贵问题需要", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Entry.Action == AccessRequestResolvers.Granted && e.Entry.UserId == "jb-staff" && e.Entry.Reason!.Contains("同意", StringComparison.Ordinal));

        // The grant is durable: access.db in the data directory holds it.
        Assert.True(factory.Services.GetRequiredService<AccessStore>().Shared.IsShared(DivisionCode.Parse(Qingshan), clueStoreId));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "access.db")));
    }

    [Fact]
    public async Task Access_requests_are_refused_clearly_when_forged_borrowed_unauthorised_or_decided_by_the_wrong_office()
    {
        const string Request = "mutation M($node: ID!, $reason: String!) { requestAccess(node: $node, reason: $reason) { id status } }";
        const string Decide = "mutation M($id: ID!, $grant: Boolean!, $reason: String) { decideAccessRequest(id: $id, grant: $grant, reason: $reason) { status decisionReason } }";
        var clue = await PlantJiangbeiClueAboutQingshanPeopleAsync(KeyPersonSpouse);
        using var qingshan = factory.CreateClientFor(User("qs-analyst-2", Role.Analyst, Qingshan));
        var (_, around) = await qingshan.PostGraphQLAsync(
            "query Q($id: ID!) { neighborhood(id: $id, types: [CONCERNS]) { hiddenConnections { owner { code } handle } } }", new { id = KeyPerson });
        var handle = OwnedBy(around.Data().GetProperty("neighborhood").GetProperty("hiddenConnections"), Jiangbei).GetProperty("handle").GetString()!;
        var forged = handle[..^4] + (handle[^4..] == "AAAA" ? "BBBB" : "AAAA");

        using var chengnan = factory.CreateClientFor(User("cn-analyst-2", Role.Analyst, Chengnan));
        using var auditor = factory.CreateClientFor(User("qs-auditor", Role.Auditor, Qingshan));
        var (_, tampered) = await qingshan.PostGraphQLAsync(Request, new { node = forged, reason = "x" });
        var (_, borrowed) = await chengnan.PostGraphQLAsync(Request, new { node = handle, reason = "x" });
        var (_, noRole) = await auditor.PostGraphQLAsync(Request, new { node = handle, reason = "x" });
        var (_, noReason) = await qingshan.PostGraphQLAsync(Request, new { node = handle, reason = "  " });
        var (_, visibleAlready) = await qingshan.PostGraphQLAsync(Request, new { node = KeyPersonSpouse, reason = "x" });

        Assert.Equal("BAD_USER_INPUT", Code(tampered));
        Assert.Contains("not one this service issued", Message(tampered), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(borrowed));
        Assert.Contains("issued to the office of 431421", Message(borrowed), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(noRole));
        Assert.Contains("RequestAccess", Message(noRole), StringComparison.Ordinal);
        Assert.Contains("reason", Message(noReason), StringComparison.Ordinal);
        Assert.Contains("already visible", Message(visibleAlready), StringComparison.Ordinal);

        // A node id the requester already holds works as well as a handle.
        var (_, filed) = await qingshan.PostGraphQLAsync(Request, new { node = clue, reason = "核对举报内容" });
        var requestId = filed.Data().GetProperty("requestAccess").GetProperty("id").GetString()!;

        using var qingshanStaff = factory.CreateClientFor(User("qs-staff", Role.OfficeStaff, Qingshan));
        using var cityStaff = factory.CreateClientFor(User("city-staff", Role.OfficeStaff, City));
        using var jiangbeiMember = factory.CreateClientFor(User("jb-member", Role.GroupMember, Jiangbei));
        using var jiangbeiLeader = factory.CreateClientFor(User("jb-leader", Role.LeadingGroup, Jiangbei));
        var (_, ownOffice) = await qingshanStaff.PostGraphQLAsync(Decide, new { id = requestId, grant = true });
        var (_, cityOffice) = await cityStaff.PostGraphQLAsync(Decide, new { id = requestId, grant = true });
        var (_, member) = await jiangbeiMember.PostGraphQLAsync(Decide, new { id = requestId, grant = true });
        var (_, memberList) = await jiangbeiMember.PostGraphQLAsync("{ accessRequests { id } }");
        var (_, silent) = await jiangbeiLeader.PostGraphQLAsync(Decide, new { id = requestId, grant = false });
        var (_, refused) = await jiangbeiLeader.PostGraphQLAsync(Decide, new { id = requestId, grant = false, reason = "线索尚在初核，暂不共享" });
        var (_, twice) = await jiangbeiLeader.PostGraphQLAsync(Decide, new { id = requestId, grant = true });

        Assert.Equal("FORBIDDEN", Code(ownOffice));
        Assert.Contains("Only the owning office decides", Message(ownOffice), StringComparison.Ordinal);
        // The city oversees the county but does not own its clue: to the city the request is not even there.
        Assert.Equal("BAD_USER_INPUT", Code(cityOffice));
        Assert.Contains("concerns your office", Message(cityOffice), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(member));
        Assert.Contains("GrantAccess", Message(member), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(memberList));
        Assert.Contains("reason", Message(silent), StringComparison.Ordinal);
        Assert.Equal("REFUSED", refused.Data().GetProperty("decideAccessRequest").GetProperty("status").GetString());
        Assert.Contains("decided once", Message(twice), StringComparison.Ordinal);

        var (_, outgoing) = await qingshan.PostGraphQLAsync("{ accessRequests(direction: OUTGOING, status: REFUSED) { id decisionReason nodes { id } } }");
        var (_, stillHidden) = await qingshan.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id } }", new { id = clue });
        var mine = outgoing.Data().GetProperty("accessRequests").EnumerateArray().Single(r => r.GetProperty("id").GetString() == requestId);
        Assert.Equal("线索尚在初核，暂不共享", mine.GetProperty("decisionReason").GetString());
        Assert.Empty(mine.GetProperty("nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, stillHidden.Data().GetProperty("node").ValueKind);

        var audit = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { TargetId = requestId }, User("auditor", Role.Auditor, City));
        Assert.Contains(audit, e => e.Entry.Action == AccessRequestResolvers.Refused && e.Entry.UserId == "jb-leader");
        Assert.Contains(audit, e => e.Entry.Action == AccessRequestResolvers.DecisionDenied && e.Entry.UserId == "qs-staff");
    }

    [Fact]
    public async Task An_office_shares_its_own_clue_and_its_subject_with_a_county_unasked_and_only_its_own()
    {
        const string Share = "mutation M($nodes: [ID!]!, $office: String!) { shareNodes(nodes: $nodes, office: $office, reason: \"交青山县参阅\") { status requesterOffice { office } owner { office } nodeCount } }";
        // One of 江北区's ordinary clues and a subject person of 江北区's (the scenario nodes stay hidden for the other tests).
        using var city = factory.CreateClientFor(User("city-share-lookup", Role.Analyst, City));
        var (_, listed) = await city.PostGraphQLAsync(
            "query Q($j: ID!) { clues(first: 100, filter: { jurisdiction: $j }) { edges { node { id round { jurisdiction { code } } } subjects { node { __typename id } } } } }",
            new { j = Id(NodeLabel.Jurisdiction, "jur-" + Jiangbei) });
        var candidates = listed.Data().GetProperty("clues").GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("node").GetProperty("round") is { ValueKind: JsonValueKind.Object } round
                && round.GetProperty("jurisdiction").GetProperty("code").GetString() == Jiangbei
                && e.GetProperty("node").GetProperty("id").GetString() != Id(NodeLabel.Clue, "clue-s4-county"))
            .SelectMany(e => e.GetProperty("subjects").EnumerateArray()
                .Where(x => x.GetProperty("node").GetProperty("__typename").GetString() == "Person")
                .Select(x => (Clue: e.GetProperty("node").GetProperty("id").GetString()!, Subject: x.GetProperty("node").GetProperty("id").GetString()!)))
            .ToList();
        using var jiangbeiReader = factory.CreateClientFor(User("jb-share-reader", Role.Analyst, Jiangbei));
        var (_, theirs) = await jiangbeiReader.PostGraphQLAsync("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = candidates.Select(c => c.Subject).ToArray() });
        var ownSubjects = theirs.Data().GetProperty("nodes").EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object).Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var (clue, subject) = candidates.First(c => ownSubjects.Contains(c.Subject));
        using var jiangbeiStaff = factory.CreateClientFor(User("jb-share-staff", Role.OfficeStaff, Jiangbei));
        using var jiangbeiAnalyst = factory.CreateClientFor(User("jb-share-analyst", Role.Analyst, Jiangbei));
        using var qingshan = factory.CreateClientFor(User("qs-share-reader", Role.Analyst, Qingshan));
        using var chengnan = factory.CreateClientFor(User("cn-share-reader", Role.Analyst, Chengnan));
        const string Read = "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }";
        var both = new { ids = new[] { clue, subject } };

        var (_, before) = await qingshan.PostGraphQLAsync(Read, both);
        var (_, notAllowed) = await jiangbeiAnalyst.PostGraphQLAsync(Share, new { nodes = new[] { clue }, office = Qingshan });
        var (_, notTheirs) = await jiangbeiStaff.PostGraphQLAsync(Share, new { nodes = new[] { clue, KeyPerson }, office = Qingshan });
        var (_, badOffice) = await jiangbeiStaff.PostGraphQLAsync(Share, new { nodes = new[] { clue }, office = "青山县" });
        var (_, shared) = await jiangbeiStaff.PostGraphQLAsync(Share, new { nodes = new[] { clue, subject }, office = Qingshan });
        var (_, after) = await qingshan.PostGraphQLAsync(Read, both);
        var (_, elsewhere) = await chengnan.PostGraphQLAsync(Read, both);

        Assert.All(before.Data().GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Equal("FORBIDDEN", Code(notAllowed));
        Assert.Contains("GrantAccess", Message(notAllowed), StringComparison.Ordinal);
        Assert.Contains("nodes[1] is not a node of your office", Message(notTheirs), StringComparison.Ordinal);
        Assert.Contains("not a division code", Message(badOffice), StringComparison.Ordinal);
        var record = shared.Data().GetProperty("shareNodes");
        Assert.Equal("GRANTED", record.GetProperty("status").GetString());
        Assert.Equal("青山县委巡察办", record.GetProperty("requesterOffice").GetProperty("office").GetString());
        Assert.Equal("江北区委巡察办", record.GetProperty("owner").GetProperty("office").GetString());
        Assert.Equal(2, record.GetProperty("nodeCount").GetInt32());
        Assert.Equal([clue, subject], after.Data().GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.All(elsewhere.Data().GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));

        // What 青山县 was lent is not its own: it cannot pass it on.
        using var qingshanStaff = factory.CreateClientFor(User("qs-share-staff", Role.OfficeStaff, Qingshan));
        var (_, passOn) = await qingshanStaff.PostGraphQLAsync(Share, new { nodes = new[] { clue }, office = Chengnan });
        Assert.Contains("nodes[0] is not a node of your office", Message(passOn), StringComparison.Ordinal);
    }

    /// <summary>Queries that each reach another office's scenario nodes, and the store ids that would show it.</summary>
    public static TheoryData<string, string> ForeignQueries() => new()
    {
        { """{ search(text: "刘峻熙") { node { id } } }""", "per-s4-shared" },
        { """{ search(text: "431402197502270017") { node { id } } }""", "per-s4-shared" },
        { """{ search(text: "91431400203093921Q") { node { id } } }""", "co-s1" },
        { """{ search(text: "XC431402-1403-01-S001", kinds: [CLUE]) { node { id } } }""", "clue-s4-county" },
        { $$"""{ node(id: "{{Id(NodeLabel.Person, "per-s1-cadre")}}") { id } }""", "per-s1-cadre" },
        { $$"""{ nodes(ids: ["{{Id(NodeLabel.Clue, "clue-s4-county")}}", "{{Id(NodeLabel.Company, "co-s1")}}"]) { id } }""", "clue-s4-county" },
        { $$"""{ neighborhood(id: "{{Id(NodeLabel.Jurisdiction, "jur-431402")}}", types: [IN_JURISDICTION]) { nodes { node { id } } } }""", "unit-00021" },
        { $$"""{ paths(from: "{{Id(NodeLabel.Person, "per-s1-cadre")}}", to: "{{Id(NodeLabel.Project, "prj-s1")}}") { paths { nodes { id } } } }""", "prj-s1" },
        { $$"""{ connectingNetwork(ids: ["{{Id(NodeLabel.Person, "per-s4-shared")}}", "{{Id(NodeLabel.Clue, "clue-s4-county")}}"]) { nodes { node { id } } } }""", "clue-s4-county" },
        { $$"""{ clues(first: 10, filter: { subjects: ["{{Id(NodeLabel.Person, "per-s4-shared")}}"] }) { edges { node { id } } } }""", "clue-s4-county" },
        { $$"""{ clues(first: 100, filter: { jurisdiction: "{{Id(NodeLabel.Jurisdiction, "jur-431402")}}" }) { edges { node { id } } } }""", "clue-s4-county" },
        { $$"""{ keyPersons(jurisdiction: "{{Id(NodeLabel.Jurisdiction, "jur-431400")}}", top: 100) { entries { person { id } } } }""", "per-s4-shared" },
        { $$"""{ conflictsOfInterest(person: "{{Id(NodeLabel.Person, "per-s1-cadre")}}") { hits { company { id } } } }""", "co-s1" },
        { $$"""{ fundFlow(fund: "{{Id(NodeLabel.Fund, "fund-s2")}}") { nodes { node { id } } } }""", "co-s2b" },
        { $$"""{ node(id: "{{Id(NodeLabel.Unit, "unit-00021")}}") { id } }""", "unit-00021" },
        { $$"""{ node(id: "{{Id(NodeLabel.Jurisdiction, "jur-431402")}}") { ... on Jurisdiction { units(first: 50) { edges { node { id } } } } } }""", "unit-00021" },
    };

    [Theory]
    [MemberData(nameof(ForeignQueries))]
    public async Task The_city_sees_every_countys_scenario_node_and_qingshan_sees_none_of_another_offices(string query, string foreignStoreId)
    {
        var foreign = new[] { foreignStoreId, "per-s4-shared", "clue-s4-county", "clue-s4-city", "per-s1-cadre", "co-s1", "prj-s1", "unit-00021", "co-s2a", "co-s2b", "fund-s2" };
        using var city = factory.CreateClientFor(User("city-analyst", Role.Analyst, City));
        using var qingshan = factory.CreateClientFor(User("qs-analyst-3", Role.Analyst, Qingshan));

        var (_, cityView) = await city.PostGraphQLAsync(query);
        var (_, countyView) = await qingshan.PostGraphQLAsync(query);

        Assert.Contains(Id(LabelOf(foreignStoreId), foreignStoreId), cityView.Data().GetRawText(), StringComparison.Ordinal);
        var text = countyView.GetRawText();
        foreach (var storeId in foreign)
        {
            Assert.DoesNotContain(Id(LabelOf(storeId), storeId), text, StringComparison.Ordinal);
            Assert.DoesNotContain(storeId, text, StringComparison.Ordinal);
        }

        // Refused or emptied, never an internal error: a refusal names a fix, an answer is simply smaller.
        if (countyView.TryGetProperty("errors", out var errors))
        {
            Assert.All(errors.EnumerateArray(), e => Assert.Contains(e.GetProperty("extensions").GetProperty("code").GetString(), new[] { "BAD_USER_INPUT", "FORBIDDEN" }));
        }
    }

    [Fact]
    public async Task A_city_user_sees_all_its_counties_with_nothing_hidden_and_a_county_user_only_its_own()
    {
        const string Units = "query Q($id: ID!) { node(id: $id) { ... on Jurisdiction { units { totalCount } } } }";
        const string Tree = """
            query Q($id: ID!) { neighborhood(id: $id, depth: 2, types: [PART_OF, IN_JURISDICTION], limit: 1000) { hiddenNodes hiddenConnections { owner { code office } nodes } } }
            """;
        using var city = factory.CreateClientFor(User("city-analyst-2", Role.Analyst, City));
        using var qingshan = factory.CreateClientFor(User("qs-analyst-4", Role.Analyst, Qingshan));

        foreach (var county in new[] { Jiangbei, Chengnan, Qingshan })
        {
            var jurisdiction = new { id = Id(NodeLabel.Jurisdiction, "jur-" + county) };
            var (_, cityCount) = await city.PostGraphQLAsync(Units, jurisdiction);
            var (_, countyCount) = await qingshan.PostGraphQLAsync(Units, jurisdiction);
            Assert.True(cityCount.Data().GetProperty("node").GetProperty("units").GetProperty("totalCount").GetInt32() > 0, county);
            Assert.Equal(county == Qingshan, countyCount.Data().GetProperty("node").GetProperty("units").GetProperty("totalCount").GetInt32() > 0);
        }

        var (_, cityTree) = await city.PostGraphQLAsync(Tree, new { id = Id(NodeLabel.Jurisdiction, "jur-" + City) });
        var (_, countyTree) = await qingshan.PostGraphQLAsync(Tree, new { id = Id(NodeLabel.Jurisdiction, "jur-" + City) });

        // The city's tree hides nothing of its own; above it, the province's bodies are the province's (湖南省委巡视办).
        var cityHidden = cityTree.Data().GetProperty("neighborhood").GetProperty("hiddenConnections").EnumerateArray().ToList();
        Assert.All(cityHidden, c => Assert.False(c.GetProperty("owner").GetProperty("code").GetString()!.StartsWith("4314", StringComparison.Ordinal)));
        var countyHidden = countyTree.Data().GetProperty("neighborhood").GetProperty("hiddenConnections");
        var offices = countyHidden.EnumerateArray().Select(c => c.GetProperty("owner").GetProperty("office").GetString()).ToList();
        Assert.Contains("江临市委巡察办", offices);
        Assert.Contains("江北区委巡察办", offices);
        Assert.Contains("城南区委巡察办", offices);
        Assert.DoesNotContain("青山县委巡察办", offices);
        Assert.Equal(
            countyTree.Data().GetProperty("neighborhood").GetProperty("hiddenNodes").GetInt32(),
            countyHidden.EnumerateArray().Sum(c => c.GetProperty("nodes").GetInt32()));
    }

    private static NodeLabel LabelOf(string storeId) => storeId.Split('-')[0] switch
    {
        "per" => NodeLabel.Person,
        "co" => NodeLabel.Company,
        "clue" => NodeLabel.Clue,
        "prj" => NodeLabel.Project,
        "unit" => NodeLabel.Unit,
        "fund" => NodeLabel.Fund,
        _ => throw new ArgumentException("No label for " + storeId, nameof(storeId)),
    };
}
