using System.Text.Json;
using Clues.Cli.Tests.Commands;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded;

namespace Clues.Cli.Tests.Exchange;

/// <summary>One office's deployment on this machine: a data directory and a key folder, driven through the real `clues` command.</summary>
internal sealed class Deployment(string root, string name, string office)
{
    public string Office { get; } = office;

    public string Data { get; } = Path.Combine(root, name, "data");

    public string Keys { get; } = Path.Combine(root, name, "keys");

    public string PrivateKey => Path.Combine(Keys, "office.key");

    public string PublicKey => Path.Combine(Keys, "office.pub");

    public async Task SetUpAsync()
    {
        Ok(await CliProcess.RunAsync("seed", "--preset", "demo", "--data", Data), "seed");
        Ok(await CliProcess.RunAsync("keys", "init", "--out", Keys, "--office", Office), "keys init");
    }

    /// <summary>`clues stats --json` as printed: two equal strings mean nothing in the graph changed.</summary>
    public async Task<string> StatsAsync()
    {
        var result = await CliProcess.RunAsync("stats", "--data", Data, "--json");
        Ok(result, "stats");
        return result.StdOut.Trim();
    }

    public async Task<long> CountAsync(string label)
    {
        using var stats = JsonDocument.Parse(await StatsAsync());
        return stats.RootElement.GetProperty("byLabel").TryGetProperty(label, out var count) ? count.GetInt64() : 0;
    }

    public async Task<JsonElement> ExportAsync(Deployment to, string package)
    {
        var result = await CliProcess.RunAsync("exchange", "export", "--data", Data, "--office", Office, "--to", to.Office, "--key", PrivateKey, "--out", package, "--json");
        Ok(result, "exchange export");
        return JsonDocument.Parse(result.StdOut).RootElement.Clone();
    }

    public Task<CliProcess.Result> ImportAsync(Deployment from, string package, params string[] more) =>
        CliProcess.RunAsync(["exchange", "import", package, "--data", Data, "--key", from.PublicKey, "--office", Office, .. more]);

    /// <summary>Changes the graph directly, as the office's own staff would through its own work; only while no process has it open.</summary>
    public async Task EditAsync(Func<IGraphStore, Task<GraphBatch>> edit)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(Data));
        await store.WriteAsync(await edit(store));
    }

    public async Task<T> ReadAsync<T>(Func<IGraphStore, Task<T>> read)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(Data));
        return await read(store);
    }

    public static async Task<Person> PersonAsync(IGraphStore store, string id) =>
        NodeMapper.FromRecord<Person>(await store.GetNodeAsync(id) ?? throw new InvalidOperationException($"The demo data has no node {id}."));

    public static PoliticalStatus Other(PoliticalStatus status) => status == PoliticalStatus.Masses ? PoliticalStatus.PartyMember : PoliticalStatus.Masses;

    public static void Ok(CliProcess.Result result, string what) =>
        Assert.True(result.ExitCode == 0, $"`clues {what}` exited {result.ExitCode}: {result.StdErr}{result.StdOut}");
}
