using Clues.Core.Access;
using Clues.Graph.Embedded.Audit;

namespace Clues.Api.Tests.Audit;

/// <summary>A data folder whose audit.db was written before operations and field paths were logged: the service opens it, keeps logging, and it verifies.</summary>
public sealed class OldAuditDatabaseUpgradeTests : IAsyncLifetime
{
    private readonly AuditApiFactory _factory = new();

    public Task InitializeAsync()
    {
        OldAuditDatabase.Create(_factory.AuditFile, 12);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_service_opens_an_old_audit_database_appends_entries_with_operation_and_path_and_the_file_verifies()
    {
        var reader = AuditLogFile.User("after-upgrade-reader", Role.Analyst);
        using var client = _factory.CreateClientFor(reader);

        (await client.PostGraphQLAsync("query AfterUpgrade { clues(first: 1) { edges { node { summary } } } }")).Body.Data();
        var old = await AuditLogFile.EntriesOfAsync(_factory, "before-upgrade");
        var fresh = Assert.Single(await AuditLogFile.EntriesOfAsync(_factory, reader.UserId, "ReadClue"));
        var check = await AuditVerifier.VerifyAsync(_factory.AuditFile, null);

        Assert.Equal(12, old.Count);
        Assert.All(old, r => Assert.Null(r.Entry.Operation));
        Assert.True(fresh.Sequence > 12);
        Assert.Equal("query AfterUpgrade", fresh.Entry.Operation);
        Assert.True(check.IsIntact, check.Problem);
        Assert.True(check.Entries >= fresh.Sequence);
    }
}
