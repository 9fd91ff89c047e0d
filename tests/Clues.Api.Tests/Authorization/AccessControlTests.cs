using System.Text;
using System.Text.Json;
using Clues.Api.Resolvers;
using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Graph;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Core.Sealing;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Authorization;

/// <summary>
/// Security switched on end to end: real tokens, permissions per field, jurisdiction visibility, audited clue reads,
/// and the clue mutations with the sealed reporter store.
/// </summary>
public sealed class AccessControlTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DivisionCode City = DivisionCode.Parse("431400");

    private static Principal User(string id, Role role, string jurisdiction = "431400") =>
        new(id, id, new HashSet<Role> { role }, DivisionCode.Parse(jurisdiction), jurisdiction == City.Value ? JurisdictionLevel.City : JurisdictionLevel.County);

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>The global ids of the units of one county (as the city analyst sees them).</summary>
    private async Task<List<string>> UnitsOfAsync(string divisionCode)
    {
        using var city = factory.CreateClient();
        var (_, body) = await city.PostGraphQLAsync(
            "query Q($id: ID!) { node(id: $id) { ... on Jurisdiction { units(first: 5) { edges { node { id } } } } } }",
            new { id = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-" + divisionCode) });
        return body.Data().GetProperty("node").GetProperty("units").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
    }

    private async Task<string> SomePersonAsync(HttpClient client)
    {
        var (_, body) = await client.PostGraphQLAsync("""{ search(text: "王", kinds: [PERSON], first: 1) { node { id } } }""");
        return body.Data().GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task An_analyst_token_reads_the_demo_graph_and_its_clues()
    {
        using var client = factory.CreateClient();

        var (status, body) = await client.PostGraphQLAsync("""{ stats { nodes } clues(first: 2) { totalCount edges { node { code summary } } } }""");

        Assert.Equal(200, status);
        Assert.True(body.Data().GetProperty("stats").GetProperty("nodes").GetInt32() > 1000);
        Assert.Equal(2, body.Data().GetProperty("clues").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task A_token_without_ReadGraph_or_ReadClue_is_refused_with_FORBIDDEN_naming_the_permission()
    {
        using var auditor = factory.CreateClientFor(User("auditor-forbidden", Role.Auditor));

        var (_, graph) = await auditor.PostGraphQLAsync("""{ search(text: "王") { rank } }""");
        var (_, clues) = await auditor.PostGraphQLAsync("{ clues(first: 1) { totalCount } }");

        Assert.Equal("FORBIDDEN", Code(graph));
        Assert.Contains("ReadGraph", Message(graph), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(clues));
        Assert.Equal("ReadClue", clues.GetProperty("errors")[0].GetProperty("extensions").GetProperty("permission").GetString());
    }

    [Fact]
    public async Task A_token_without_ReadClue_gets_FORBIDDEN_on_clue_fields_but_still_reads_the_graph()
    {
        await using var graphOnly = new ReadGraphOnlyApiFactory();
        using var client = graphOnly.CreateClient();

        var (_, search) = await client.PostGraphQLAsync("""{ search(text: "XC", kinds: [CLUE], first: 3) { rank node { ... on Clue { code } } } }""");
        var person = await SomePersonAsync(client);
        var (_, personName) = await client.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { ... on Person { name } } }", new { id = person });
        var (_, personClues) = await client.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { ... on Person { clues { totalCount } } } }", new { id = person });

        var errors = search.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("FORBIDDEN", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.All(errors, e => Assert.Contains("ReadClue", e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal("FORBIDDEN", Code(personClues));
        Assert.False(string.IsNullOrEmpty(personName.Data().GetProperty("node").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_county_user_cannot_see_another_countys_unit_by_id()
    {
        var otherCountyUnit = (await UnitsOfAsync("431402"))[0];
        var ownUnit = (await UnitsOfAsync("431421"))[0];
        using var county = factory.CreateClientFor(User("county-analyst", Role.Analyst, "431421"));

        var (_, other) = await county.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id } }", new { id = otherCountyUnit });
        var (_, own) = await county.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { id } }", new { id = ownUnit });
        var (_, many) = await county.PostGraphQLAsync("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { ownUnit, otherCountyUnit } });

        Assert.Equal(JsonValueKind.Null, other.Data().GetProperty("node").ValueKind);
        Assert.Equal(ownUnit, own.Data().GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, many.Data().GetProperty("nodes")[1].ValueKind);
    }

    [Fact]
    public async Task A_county_users_relationship_fields_leave_out_another_countys_units()
    {
        const string Query = "query Q($id: ID!) { node(id: $id) { ... on Jurisdiction { code units { totalCount } } } }";
        var otherCounty = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431402");
        using var city = factory.CreateClient();
        using var county = factory.CreateClientFor(User("county-analyst", Role.Analyst, "431421"));

        var (_, full) = await city.PostGraphQLAsync(Query, new { id = otherCounty });
        var (_, redacted) = await county.PostGraphQLAsync(Query, new { id = otherCounty });

        // The jurisdiction itself is reference geography; its units are another office's data.
        Assert.True(full.Data().GetProperty("node").GetProperty("units").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal("431402", redacted.Data().GetProperty("node").GetProperty("code").GetString());
        Assert.Equal(0, redacted.Data().GetProperty("node").GetProperty("units").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_county_user_sees_another_countys_units_redacted_from_a_neighbourhood_as_counts()
    {
        const string Query = """
            query Q($id: ID!) {
              neighborhood(id: $id, depth: 3, types: [PART_OF, IN_JURISDICTION], limit: 1000) {
                hiddenNodes nodes { omittedNeighbors node { id } } edges { source target }
              }
            }
            """;
        var center = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431421");
        var otherUnits = await UnitsOfAsync("431402");
        using var city = factory.CreateClient();
        using var county = factory.CreateClientFor(User("county-analyst", Role.Analyst, "431421"));

        var (_, full) = await city.PostGraphQLAsync(Query, new { id = center });
        var (_, redacted) = await county.PostGraphQLAsync(Query, new { id = center });

        var fullIds = full.Data().GetProperty("neighborhood").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("node").GetProperty("id").GetString()).ToList();
        var shown = redacted.Data().GetProperty("neighborhood");
        var shownIds = shown.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Contains(otherUnits[0], fullIds);
        Assert.DoesNotContain(otherUnits[0], shownIds);
        Assert.Contains(center, shownIds);
        Assert.True(shown.GetProperty("hiddenNodes").GetInt32() > 0);
        // Jurisdictions are reference geography and stay; the other county's node shows that it has hidden
        // neighbours (its units), without naming them.
        var otherCounty = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431402");
        var other = shown.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node").GetProperty("id").GetString() == otherCounty);
        Assert.True(other.GetProperty("omittedNeighbors").GetInt32() > 0);
        Assert.All(shown.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("source").GetString(), shownIds);
            Assert.Contains(e.GetProperty("target").GetString(), shownIds);
        });
    }

    [Fact]
    public async Task A_county_user_gets_no_content_or_trace_of_a_city_rounds_clue_and_the_probe_is_audited()
    {
        using var city = factory.CreateClient();
        var (_, list) = await city.PostGraphQLAsync("{ clues(first: 100) { edges { node { id round { jurisdiction { code } } } } } }");
        var cityClue = list.Data().GetProperty("clues").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("round").ValueKind == JsonValueKind.Object && n.GetProperty("round").GetProperty("jurisdiction").GetProperty("code").GetString() == "431400")
            .GetProperty("id").GetString()!;
        var county = User("county-clue-reader", Role.Analyst, "431421");
        using var client = factory.CreateClientFor(county);

        var (_, byId) = await client.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { ... on Clue { summary } } }", new { id = cityClue });
        var (_, listed) = await client.PostGraphQLAsync("{ clues(first: 100) { edges { node { id summary } } } }");

        Assert.Equal(JsonValueKind.Null, byId.Data().GetProperty("node").ValueKind);
        // The clues query lists the caller's clues only (AnalysisVisibilityTests): the city's clue is not even named,
        // so the list no longer runs into the per-clue refusal, and nothing of the clue was served or logged as read.
        Assert.False(listed.TryGetProperty("errors", out _), listed.GetRawText());
        Assert.DoesNotContain(cityClue, listed.GetRawText(), StringComparison.Ordinal);
        Assert.NotEmpty(listed.Data().GetProperty("clues").GetProperty("edges").EnumerateArray());
        var (_, storeId) = GlobalId.Decode(cityClue, "id");
        var reads = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            new AuditQuery { UserId = county.UserId, TargetId = storeId }, User("auditor", Role.Auditor));
        Assert.DoesNotContain(reads, r => r.Entry.Action == "ReadClue");

        // Asking for it by id is probing: answered like an unknown id, and logged as a denied read.
        Assert.Single(reads, r => r.Entry.Action == "ReadClueDenied");
    }

    [Fact]
    public async Task Clues_drawn_in_a_neighbourhood_are_audited_reads_and_need_ReadClue()
    {
        const string Drawing = "query Q($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { node { id __typename ... on Person { name } } } } }";
        var cadre = GlobalId.Encode(NodeLabel.Person, "per-s3-key");
        var reader = User("drawing-analyst", Role.Analyst);
        using var client = factory.CreateClientFor(reader);

        var (_, drawn) = await client.PostGraphQLAsync(Drawing, new { id = cadre });
        var clueIds = drawn.Data().GetProperty("neighborhood").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("node"))
            .Where(n => n.GetProperty("__typename").GetString() == "Clue")
            .Select(n => GlobalId.Decode(n.GetProperty("id").GetString(), "id").StoreId)
            .ToList();

        // The key person of scenario 3 has several clues; each one drawn is a logged read, without its record being served.
        Assert.NotEmpty(clueIds);
        var reads = await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(
            new AuditQuery { UserId = reader.UserId, Action = "ReadClue", Limit = 1000 }, User("auditor", Role.Auditor));
        Assert.All(clueIds, id => Assert.Contains(reads, r => r.Entry.TargetId == id));

        await using var graphOnly = new ReadGraphOnlyApiFactory();
        using var noClues = graphOnly.CreateClient();
        var (_, refused) = await noClues.PostGraphQLAsync(Drawing, new { id = cadre });
        Assert.Equal("FORBIDDEN", Code(refused));
    }

    [Fact]
    public async Task Every_clue_read_appends_an_audit_entry_with_the_stated_purpose_and_request_id()
    {
        var reader = User("audited-analyst", Role.Analyst);
        using var client = factory.CreateClientFor(reader);
        client.DefaultRequestHeaders.Add("Clues-Purpose", "研判 round 3");

        // Five clues through the list, one of them again through node(): each is logged once per request.
        var (_, list) = await client.PostGraphQLAsync("{ clues(first: 5) { edges { node { id code summary status } } } }");
        var ids = list.Data().GetProperty("clues").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        var (_, one) = await client.PostGraphQLAsync("query Q($id: ID!) { node(id: $id) { ... on Clue { code summary } } }", new { id = ids[0] });
        one.Data();

        var log = factory.Services.GetRequiredService<IAuditLog>();
        var entries = await log.QueryAsync(new AuditQuery { UserId = reader.UserId, Action = "ReadClue" }, User("auditor", Role.Auditor));

        Assert.Equal(6, entries.Count);
        Assert.Equal(5, entries.Select(e => e.Entry.TargetId).Distinct().Count());
        Assert.All(entries, e => Assert.Equal("研判 round 3", e.Entry.Reason));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Entry.RequestId)));
        Assert.Equal(2, entries.Select(e => e.Entry.RequestId).Distinct().Count());
        await Assert.ThrowsAsync<AccessDeniedException>(() => log.QueryAsync(new AuditQuery(), reader));
    }

    [Fact]
    public async Task RegisterClue_stores_the_reporter_sealed_outside_the_graph_and_only_office_staff_can_unseal_it()
    {
        const string Mutation = """
            mutation M($input: RegisterClueInput!) {
              registerClue(input: $input) { id code status hasSealedReporter subjects { role } }
            }
            """;
        var member = User("group-member", Role.GroupMember);
        using var client = factory.CreateClientFor(member);
        var person = await SomePersonAsync(client);
        var reporterName = "举报人" + Guid.NewGuid().ToString("N")[..8];
        var contact = "contact-" + Guid.NewGuid().ToString("N");
        var input = new
        {
            code = "REG-" + Guid.NewGuid().ToString("N")[..8],
            source = "LETTER",
            receivedOn = "2024-03-18",
            summary = "违规收受礼金",
            problems = new[] { "INTEGRITY_DISCIPLINE" },
            subjects = new[] { new { subject = person, role = "PRIMARY" } },
            reporter = new { name = reporterName, contact, idNumber = ValidNationalId("43142119800101001"), note = "不愿公开" },
        };

        var (_, body) = await client.PostGraphQLAsync(Mutation, new { input });

        var clue = body.Data().GetProperty("registerClue");
        Assert.True(clue.GetProperty("hasSealedReporter").GetBoolean());
        Assert.Equal("REGISTERED", clue.GetProperty("status").GetString());
        Assert.Equal("PRIMARY", clue.GetProperty("subjects")[0].GetProperty("role").GetString());

        // Not in any file of the data directory in the clear: graph.db and its journal, audit.db, sealed.db.
        // (The store's lock file is held exclusively and holds no data.)
        foreach (var file in Directory.EnumerateFiles(factory.DataDirectory, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(reporterName)) < 0, $"{file} holds the reporter's name");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(contact)) < 0, $"{file} holds the reporter's contact");
        }

        var (_, storeId) = GlobalId.Decode(clue.GetProperty("id").GetString(), "id");
        var sealedStore = factory.Services.GetRequiredService<ISealedReporterStore>();
        var identity = await sealedStore.GetAsync(storeId, User("office-staff", Role.OfficeStaff), "verify reporter");
        Assert.Equal(reporterName, identity!.Name);
        Assert.Equal(contact, identity.Contact);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sealedStore.GetAsync(storeId, User("analyst-x", Role.Analyst), "curious"));
    }

    [Fact]
    public async Task RegisterClue_rejects_bad_ids_wrong_kinds_and_a_bad_national_id_and_needs_RegisterClue()
    {
        const string Mutation = "mutation M($input: RegisterClueInput!) { registerClue(input: $input) { id } }";
        using var member = factory.CreateClientFor(User("group-member-2", Role.GroupMember));
        using var analyst = factory.CreateClient();
        var person = await SomePersonAsync(member);
        var unit = (await UnitsOfAsync("431421"))[0];
        object Input(object subject, string? idNumber = null, string? round = null) => new
        {
            code = "BAD-" + Guid.NewGuid().ToString("N")[..8],
            source = "LETTER",
            receivedOn = "2024-03-18",
            summary = "s",
            problems = new[] { "INTEGRITY_DISCIPLINE" },
            subjects = new[] { new { subject, role = "PRIMARY" } },
            round,
            reporter = idNumber is null ? null : new { name = "某人", idNumber },
        };

        var (_, badId) = await member.PostGraphQLAsync(Mutation, new { input = Input("not-an-id") });
        var (_, wrongRound) = await member.PostGraphQLAsync(Mutation, new { input = Input(person, round: unit) });
        var (_, badNationalId) = await member.PostGraphQLAsync(Mutation, new { input = Input(person, "431421198001010010") });
        var (_, forbidden) = await analyst.PostGraphQLAsync(Mutation, new { input = Input(person) });

        Assert.Equal("BAD_USER_INPUT", Code(badId));
        Assert.Contains("input.subjects[0].subject", Message(badId), StringComparison.Ordinal);
        Assert.Contains("input.round must be a InspectionRound", Message(wrongRound), StringComparison.Ordinal);
        Assert.Contains("national ID", Message(badNationalId), StringComparison.Ordinal);
        Assert.DoesNotContain("431421198001010010", Message(badNationalId), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(forbidden));
        Assert.Contains("RegisterClue", Message(forbidden), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_clue_joins_its_round_and_group_and_linkClueSubject_adds_a_subject_once()
    {
        using var member = factory.CreateClientFor(User("group-member-3", Role.GroupMember));
        var (_, sample) = await member.PostGraphQLAsync("{ clues(first: 20) { edges { node { round { id } group { id } } } } }");
        var withBoth = sample.Data().GetProperty("clues").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .First(n => n.GetProperty("round").ValueKind == JsonValueKind.Object && n.GetProperty("group").ValueKind == JsonValueKind.Object);
        var round = withBoth.GetProperty("round").GetProperty("id").GetString();
        var group = withBoth.GetProperty("group").GetProperty("id").GetString();
        var person = await SomePersonAsync(member);
        var unit = (await UnitsOfAsync("431421"))[0];
        var input = new
        {
            code = "RG-" + Guid.NewGuid().ToString("N")[..8],
            source = "INDIVIDUAL_TALK",
            receivedOn = "2024-05-02",
            summary = "工程项目围标串标",
            problems = new[] { "INTEGRITY_DISCIPLINE" },
            subjects = new[] { new { subject = person, role = "PRIMARY" } },
            round,
            group,
        };

        var (_, registered) = await member.PostGraphQLAsync(
            "mutation M($input: RegisterClueInput!) { registerClue(input: $input) { id hasSealedReporter round { id } group { id } } }", new { input });
        var clue = registered.Data().GetProperty("registerClue");
        const string Link = "mutation L($clue: ID!, $subject: ID!) { linkClueSubject(clue: $clue, subject: $subject, role: RELATED) { subjects { role } } }";
        var linkVariables = new { clue = clue.GetProperty("id").GetString(), subject = unit };
        (await member.PostGraphQLAsync(Link, linkVariables)).Body.Data();
        var (_, linkedTwice) = await member.PostGraphQLAsync(Link, linkVariables);

        Assert.False(clue.GetProperty("hasSealedReporter").GetBoolean());
        Assert.Equal(round, clue.GetProperty("round").GetProperty("id").GetString());
        Assert.Equal(group, clue.GetProperty("group").GetProperty("id").GetString());
        Assert.Equal(["PRIMARY", "RELATED"], linkedTwice.Data().GetProperty("linkClueSubject").GetProperty("subjects").EnumerateArray().Select(x => x.GetProperty("role").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AssessClue_validates_the_grades_and_stores_the_assessment()
    {
        const string Mutation = """
            mutation M($clue: ID!, $reliability: String!, $confidence: Int!) {
              assessClue(clue: $clue, credibility: PARTLY_CREDIBLE, seriousness: DISCIPLINE, sourceReliability: $reliability, informationConfidence: $confidence, note: "两名证人") {
                code assessment { credibility seriousness sourceReliability informationConfidence note assessedBy }
              }
            }
            """;
        using var member = factory.CreateClientFor(User("assessor", Role.GroupMember));
        using var analyst = factory.CreateClient();
        var (_, list) = await member.PostGraphQLAsync("{ clues(first: 1) { edges { node { id } } } }");
        var clue = list.Data().GetProperty("clues").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();

        var (_, badLetter) = await member.PostGraphQLAsync(Mutation, new { clue, reliability = "F", confidence = 2 });
        var (_, badNumber) = await member.PostGraphQLAsync(Mutation, new { clue, reliability = "B", confidence = 6 });
        var (_, notAClue) = await member.PostGraphQLAsync(Mutation, new { clue = await SomePersonAsync(member), reliability = "B", confidence = 2 });
        var (_, forbidden) = await analyst.PostGraphQLAsync(Mutation, new { clue, reliability = "B", confidence = 2 });
        var (_, ok) = await member.PostGraphQLAsync(Mutation, new { clue, reliability = "b", confidence = 2 });

        Assert.Contains("sourceReliability must be one letter from A", Message(badLetter), StringComparison.Ordinal);
        Assert.Contains("informationConfidence must be from 1", Message(badNumber), StringComparison.Ordinal);
        Assert.Contains("clue must be a Clue", Message(notAClue), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Code(forbidden));
        var assessment = ok.Data().GetProperty("assessClue").GetProperty("assessment");
        Assert.Equal("PARTLY_CREDIBLE", assessment.GetProperty("credibility").GetString());
        Assert.Equal("DISCIPLINE", assessment.GetProperty("seriousness").GetString());
        Assert.Equal("B", assessment.GetProperty("sourceReliability").GetString());
        Assert.Equal(2, assessment.GetProperty("informationConfidence").GetInt32());
        Assert.Equal("assessor", assessment.GetProperty("assessedBy").GetString());
    }

    [Fact]
    public async Task Every_field_of_the_Clue_type_is_behind_the_ReadClue_gate()
    {
        using var client = factory.CreateClient();
        var (_, body) = await client.PostGraphQLAsync("{ stats { nodes } }");
        body.Data();
        var schema = factory.Services.GetRequiredService<Clues.GraphQL.Types.GraphQLSchema>();
        var clue = Assert.IsAssignableFrom<Clues.GraphQL.Types.ComplexType>(schema.Types.Single(t => t.Name == "Clue"));

        Assert.Equal(clue.Fields.Select(f => f.Name).Order(StringComparer.Ordinal), ClueFields.Bound.Order(StringComparer.Ordinal));
    }

    /// <summary>Appends the GB 11643 check character to 17 digits.</summary>
    private static string ValidNationalId(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>Reads a file the running API still has open (SQLite keeps its databases open).</summary>
    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
