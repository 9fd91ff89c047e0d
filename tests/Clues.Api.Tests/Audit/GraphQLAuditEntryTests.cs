using Clues.Core.Access;
using Clues.Graph.Embedded.Audit;

namespace Clues.Api.Tests.Audit;

/// <summary>Entries written while serving GraphQL name the operation and the response path of the resolver that caused them, and editing either shows.</summary>
public sealed class GraphQLAuditEntryTests : IAsyncLifetime
{
    private readonly AuditApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_clue_read_names_its_named_operation_and_the_field_path_that_served_it()
    {
        var reader = AuditLogFile.User("op-path-reader", Role.Analyst);
        using var client = _factory.CreateClientFor(reader);

        var (_, body) = await client.PostGraphQLAsync("query ClueList { clues(first: 2) { edges { node { summary } } } }");
        Assert.Equal(2, body.Data().GetProperty("clues").GetProperty("edges").GetArrayLength());
        var entries = await AuditLogFile.EntriesOfAsync(_factory, reader.UserId, "ReadClue");

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("query ClueList", e.Entry.Operation));
        Assert.Equal(["clues.edges.0.node.summary", "clues.edges.1.node.summary"], entries.Select(e => e.Entry.FieldPath!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unnamed_operation_is_logged_as_anonymous_with_the_alias_in_the_path()
    {
        var reader = AuditLogFile.User("anonymous-op-reader", Role.Analyst);
        using var client = _factory.CreateClientFor(reader);
        var (_, list) = await client.PostGraphQLAsync("{ clues(first: 1) { edges { node { id } } } }");
        var clueId = list.Data().GetProperty("clues").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;

        var (_, one) = await client.PostGraphQLAsync("query ($id: ID!) { theClue: node(id: $id) { ... on Clue { code } } }", new { id = clueId });
        one.Data();
        var entries = await AuditLogFile.EntriesOfAsync(_factory, reader.UserId, "ReadClue");

        Assert.Equal(2, entries.Count);
        Assert.Equal("query (anonymous)", entries[1].Entry.Operation);
        Assert.Equal("theClue.code", entries[1].Entry.FieldPath);
    }

    [Theory]
    [InlineData("operation", "query Innocuous")]
    [InlineData("field_path", "stats.nodes")]
    public async Task Editing_the_operation_or_path_of_an_entry_the_API_wrote_makes_verify_name_that_entry(string column, string forged)
    {
        var reader = AuditLogFile.User("tamper-target-" + column, Role.Analyst);
        using var client = _factory.CreateClientFor(reader);
        (await client.PostGraphQLAsync("query Snoop { clues(first: 3) { edges { node { summary } } } }")).Body.Data();
        var entries = await AuditLogFile.EntriesOfAsync(_factory, reader.UserId, "ReadClue");
        var victim = entries[1].Sequence;
        var before = await AuditVerifier.VerifyAsync(_factory.AuditFile, null);

        AuditLogFile.Tamper(_factory.AuditFile, $"UPDATE audit SET {column} = $forged WHERE seq = $seq", ("$forged", forged), ("$seq", victim));
        var after = await AuditVerifier.VerifyAsync(_factory.AuditFile, null);

        Assert.True(before.IsIntact, before.Problem);
        Assert.Equal(AuditFault.Edited, after.Fault);
        Assert.Equal(victim, after.FirstBadSequence);
        Assert.Contains($"Entry {victim} was altered", after.Problem, StringComparison.Ordinal);
    }
}
