using System.Text.Json;
using Clues.Core.Access;

namespace Clues.Api.Tests.Audit;

/// <summary>
/// Every handover item served through GraphQL is an audited read, one entry per item per request with the
/// operation and field path; issued packages log their items; refusals are logged as Denied.
/// </summary>
public sealed class HandoverReadAuditTests(HandoverAuditFixture fixture) : IClassFixture<HandoverAuditFixture>
{
    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Reading_one_item_writes_one_ReadHandover_entry_however_many_of_its_fields_are_selected()
    {
        var staff = AuditLogFile.User("item-reader", Role.OfficeStaff);
        using var client = fixture.As(staff);
        client.DefaultRequestHeaders.Add("Clues-Purpose", "督办 核对");

        var (_, body) = await client.PostGraphQLAsync(
            "query Item($id: ID!) { handoverItem(id: $id) { id state deadline history { to } } again: handoverItem(id: $id) { id } }", new { id = fixture.HandedOver });
        Assert.Equal(fixture.HandedOver, body.Data().GetProperty("handoverItem").GetProperty("id").GetString());
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, staff.UserId);

        var entry = Assert.Single(entries).Entry;
        Assert.Equal(("ReadHandover", fixture.HandedOver), (entry.Action, entry.TargetId));
        Assert.Equal(("query Item", "handoverItem"), (entry.Operation, entry.FieldPath));
        Assert.Equal("督办 核对", entry.Reason);
        Assert.False(string.IsNullOrEmpty(entry.RequestId));
    }

    [Fact]
    public async Task Every_register_row_is_one_entry_of_the_same_request_in_one_unbroken_run()
    {
        var staff = AuditLogFile.User("register-reader", Role.OfficeStaff);
        using var client = fixture.As(staff);

        var (_, body) = await client.PostGraphQLAsync("query Register { handoverRegister { items { id } byState { key count } } }");
        var rows = body.Data().GetProperty("handoverRegister").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, staff.UserId);

        Assert.True(rows.Count >= 3, $"The register should list the fixture's items; it listed {rows.Count}.");
        Assert.Equal(rows.Order(StringComparer.Ordinal), entries.Select(e => e.Entry.TargetId!).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("ReadHandover", "query Register", "handoverRegister"), (e.Entry.Action, e.Entry.Operation, e.Entry.FieldPath)));
        Assert.Single(entries.Select(e => e.Entry.RequestId).Distinct());
        // Appended as one unit: nothing else is chained between the rows of one register.
        Assert.Equal(rows.Count - 1, entries[^1].Sequence - entries[0].Sequence);
    }

    [Fact]
    public async Task Overdue_rows_are_audited_once_the_feedback_deadline_has_passed()
    {
        var staff = AuditLogFile.User("overdue-reader", Role.OfficeStaff);
        using var client = fixture.As(staff);
        const string Overdue = "query Chase { overdueHandovers { id } }";

        var (_, before) = await client.PostGraphQLAsync(Overdue);
        var entriesBefore = await AuditLogFile.EntriesOfAsync(fixture.Factory, staff.UserId);
        fixture.Factory.Clock.Shift = TimeSpan.FromDays(200);
        List<string> overdue;
        try
        {
            var (_, after) = await client.PostGraphQLAsync(Overdue);
            overdue = after.Data().GetProperty("overdueHandovers").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        }
        finally
        {
            fixture.Factory.Clock.Shift = TimeSpan.Zero;
        }

        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, staff.UserId);

        Assert.Empty(before.Data().GetProperty("overdueHandovers").EnumerateArray());
        Assert.Empty(entriesBefore);
        Assert.Contains(fixture.HandedOver, overdue);
        Assert.Equal(overdue.Order(StringComparer.Ordinal), entries.Select(e => e.Entry.TargetId!).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("ReadHandover", "query Chase", "overdueHandovers"), (e.Entry.Action, e.Entry.Operation, e.Entry.FieldPath)));
    }

    [Fact]
    public async Task An_issued_package_logs_each_of_its_items_as_ExportHandover()
    {
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, fixture.Exporter.UserId, "ExportHandover");

        var entry = Assert.Single(entries).Entry;
        Assert.Equal(fixture.HandedOver, entry.TargetId);
        Assert.Equal(("mutation Issue", "exportHandoverPackage"), (entry.Operation, entry.FieldPath));
    }

    [Fact]
    public async Task An_issued_package_logs_the_clue_that_went_out_with_the_package_number_as_purpose()
    {
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, fixture.Exporter.UserId, "ExportClue");

        var entry = Assert.Single(entries).Entry;
        Assert.StartsWith("clue", entry.TargetId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(entry.Reason));
    }

    [Fact]
    public async Task Another_offices_item_reads_as_null_and_is_logged_as_a_denied_read()
    {
        var county = AuditLogFile.User("county-item-prober", Role.OfficeStaff, "431421");
        using var client = fixture.As(county);

        var (_, body) = await client.PostGraphQLAsync("query Probe($id: ID!) { handoverItem(id: $id) { id } }", new { id = fixture.HandedOver });
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, county.UserId);

        Assert.Equal(JsonValueKind.Null, body.Data().GetProperty("handoverItem").ValueKind);
        var entry = Assert.Single(entries).Entry;
        Assert.Equal(("ReadHandoverDenied", fixture.HandedOver), (entry.Action, entry.TargetId));
        Assert.Equal(("query Probe", "handoverItem"), (entry.Operation, entry.FieldPath));
    }

    [Fact]
    public async Task A_register_refused_to_a_role_without_access_is_logged_as_a_denied_read()
    {
        var analyst = AuditLogFile.User("register-analyst", Role.Analyst);
        using var client = fixture.As(analyst);

        var (_, body) = await client.PostGraphQLAsync("query Register { handoverRegister { items { id } } }");
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, analyst.UserId);

        Assert.Equal("HANDOVER_REFUSED", Code(body));
        var entry = Assert.Single(entries).Entry;
        Assert.Equal(("ReadHandoverDenied", null, "handoverRegister"), (entry.Action, entry.TargetId, entry.FieldPath));
    }

    [Fact]
    public async Task A_refused_export_is_logged_as_ExportHandoverDenied_for_each_item_asked_for()
    {
        var officer = AuditLogFile.User("refused-export-officer", Role.HandoverOfficer);
        using var client = fixture.As(officer);
        var asked = fixture.Drafts.Take(2).ToArray();

        var (_, body) = await client.PostGraphQLAsync(HandoverAuditFixture.ExportOperation, new { i = asked });
        var entries = await AuditLogFile.EntriesOfAsync(fixture.Factory, officer.UserId);

        Assert.Equal("HANDOVER_REFUSED", Code(body));
        Assert.Equal(asked.Order(StringComparer.Ordinal), entries.Select(e => e.Entry.TargetId!).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("ExportHandoverDenied", "mutation Issue"), (e.Entry.Action, e.Entry.Operation)));
    }
}
