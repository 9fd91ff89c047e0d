using Clues.Handover.Workflow;
using Microsoft.Data.Sqlite;

namespace Clues.Handover.Tests.Workflow;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Reopening_the_database_gives_the_same_items_and_history()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(HandoverState.Concluded);
        var before = await harness.Workflow.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var reopened = await harness.ReopenAsync();

        var after = await reopened.GetAsync(Actors.Office(), item.Id, CancellationToken.None);
        Assert.Equal(HandoverState.Concluded, after.State);
        Assert.Equal(item.Conclusion!.MoneyRecovered, after.Conclusion!.MoneyRecovered);
        Assert.Equal(item.Conclusion.Measures, after.Conclusion.Measures);
        Assert.Equal(item.Deadline, after.Deadline);
        Assert.Equal(item.Problems, after.Problems);
        Assert.Equal(before, await reopened.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_step_that_dies_before_commit_leaves_neither_the_state_change_nor_its_history_row()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        var item = await harness.ItemInAsync(HandoverState.Filed);
        harness.Workflow.BeforeCommit = _ => throw new IOException("simulated crash before commit");

        await Assert.ThrowsAsync<IOException>(() => harness.StepAsync(Actors.Leading(), item.Id, HandoverState.Approved));
        await Assert.ThrowsAsync<IOException>(() => harness.Workflow.DraftAsync(Actors.Group(), WorkflowHarness.CountyClue("clue-crash"), CancellationToken.None));
        SqliteConnection.ClearAllPools();
        var reopened = await harness.ReopenAsync();

        Assert.Equal(HandoverState.Filed, (await reopened.GetAsync(Actors.Office(), item.Id, CancellationToken.None)).State);
        Assert.Equal(3, (await reopened.HistoryAsync(Actors.Office(), item.Id, CancellationToken.None)).Count);
        Assert.Single((await reopened.RegisterAsync(Actors.Office(), new HandoverRegisterQuery(), CancellationToken.None)).Items);
        var approved = await reopened.TransitionAsync(Actors.Leading(), item.Id, new HandoverTransitionRequest(HandoverState.Approved), CancellationToken.None);
        Assert.Equal(HandoverState.Approved, approved.State);
    }

    [Fact]
    public async Task The_history_table_refuses_updates_and_deletes()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        await harness.ItemInAsync(HandoverState.Proposed);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(harness.Folder, "handover.db")}");
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE history SET reason = 'forged'", "DELETE FROM history" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        }

        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM history";
        Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        using var harness = await WorkflowHarness.CreateAsync();
        await harness.DraftAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(harness.Folder, "handover.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string)(await command.ExecuteScalarAsync())!);
    }
}
