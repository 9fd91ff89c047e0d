using System.Text.Json;
using Clues.Core.Access;
using Clues.Core.Model.Taxonomy;
using Clues.Packages.Keys;

namespace Clues.Api.Tests.Audit;

/// <summary>
/// One API with handover items on the demo data, made through GraphQL once for the class: several drafted items,
/// and one taken through proposal, filing and approval and issued in a package (so it is handed over and has a
/// feedback deadline).
/// </summary>
public sealed class HandoverAuditFixture : IAsyncLifetime
{
    public const string Step = "mutation Step($id: ID!, $to: HandoverState!) { transitionHandover(input: { id: $id, to: $to }) { state } }";

    public const string ExportOperation = "mutation Issue($i: [ID!]!) { exportHandoverPackage(items: $i) { number } }";

    public AuditApiFactory Factory { get; } = new();

    /// <summary>The item issued in a package (HANDED_OVER).</summary>
    public string HandedOver { get; private set; } = "";

    /// <summary>Items still in DRAFT.</summary>
    public IReadOnlyList<string> Drafts { get; private set; } = [];

    /// <summary>Who issued the package.</summary>
    public Principal Exporter { get; } = AuditLogFile.User("audit-export-officer", Role.HandoverOfficer);

    public HttpClient As(Principal principal) => Factory.CreateClientFor(principal);

    public async Task InitializeAsync()
    {
        await OfficeKeyFiles.CreateAsync(Factory.OfficeKeyDirectory, overwrite: false, CancellationToken.None);
        Factory.With("Clues:Handover:SigningKeyFile", Path.Combine(Factory.OfficeKeyDirectory, OfficeKeyFiles.PrivateKeyFileName));

        var member = As(AuditLogFile.User("audit-group-member", Role.GroupMember));
        var (_, listed) = await member.PostGraphQLAsync("""
            { clues(first: 100) { edges { node { id problems round { jurisdiction { code } } } } } }
            """);
        var clues = listed.Data().GetProperty("clues").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node"))
            .Where(n => n.GetProperty("round").ValueKind == JsonValueKind.Object
                && n.GetProperty("round").GetProperty("jurisdiction").GetProperty("code").GetString() == "431400"
                && n.GetProperty("problems").GetArrayLength() > 0)
            .Select(n => n.GetProperty("id").GetString()!)
            .Take(3)
            .ToList();
        Assert.True(clues.Count == 3, "The demo data should hold at least three clues of city rounds with problems.");

        var drafted = new List<(string Id, string State)>();
        foreach (var clue in clues)
        {
            var (_, body) = await member.PostGraphQLAsync("mutation($c: ID!) { draftHandover(clue: $c) { id state } }", new { c = clue });
            drafted.AddRange(body.Data().GetProperty("draftHandover").EnumerateArray().Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("state").GetString()!)));
        }

        var inDraft = drafted.Where(d => d.State == "DRAFT").Select(d => d.Id).ToList();
        HandedOver = inDraft[0];
        Drafts = inDraft.Skip(1).ToList();
        await StepAsync(member, "PROPOSED");
        await StepAsync(As(AuditLogFile.User("audit-office-staff", Role.OfficeStaff)), "FILED");
        await StepAsync(As(AuditLogFile.User("audit-leading-group", Role.LeadingGroup)), "APPROVED");
        var (_, exported) = await As(Exporter).PostGraphQLAsync(ExportOperation, new { i = new[] { HandedOver } });
        Assert.StartsWith("江临巡移", exported.Data().GetProperty("exportHandoverPackage").GetProperty("number").GetString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private async Task StepAsync(HttpClient client, string to)
    {
        var (_, body) = await client.PostGraphQLAsync(Step, new { id = HandedOver, to });
        Assert.Equal(to, body.Data().GetProperty("transitionHandover").GetProperty("state").GetString());
    }
}
