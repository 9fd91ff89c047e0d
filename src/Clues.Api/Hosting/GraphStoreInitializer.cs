using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Clues.Graph.Neo4j;
using Clues.Seed;
using Microsoft.Extensions.Options;

namespace Clues.Api.Hosting;

/// <summary>
/// Opens the graph store when the host starts (before the server accepts requests): the embedded store in the data
/// directory by default, or Neo4j when <c>Graph:Provider</c> is <c>neo4j</c>. Seeds the demo data set into an empty
/// store when configured to, and closes the store when the host stops. The audit log, the sealed reporter store and
/// the handover workflow stay in the data directory with either provider.
/// </summary>
internal sealed partial class GraphStoreInitializer(
    GraphStoreGate gate,
    IOptions<CluesOptions> options,
    IOptions<GraphOptions> graph,
    IHostEnvironment environment,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    private IGraphStore? _store;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var settings = options.Value;
            var directory = Path.GetFullPath(settings.DataDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(directory);
            if (graph.Value.IsNeo4j)
            {
                var uri = graph.Value.Neo4j.Uri is { Length: > 0 } text && Uri.TryCreate(text, UriKind.Absolute, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException("Graph:Provider is neo4j but Graph:Neo4j:Uri is not an absolute URI; set it to Neo4j's HTTP address, e.g. http://localhost:7474.");
                LogOpening(logger, uri.ToString());
                _store = await Neo4jGraphStore.ConnectAsync(
                    new Neo4jOptions(uri, graph.Value.Neo4j.User, graph.Value.Neo4j.Password ?? "", graph.Value.Neo4j.Database), cancellationToken);
            }
            else
            {
                LogOpening(logger, directory);
                _store = await EmbeddedGraphStore.OpenAsync(
                    new EmbeddedGraphStoreOptions(directory),
                    new Progress<StoreOpenProgress>(p => LogProgress(logger, p.Phase, p.Done, p.Total)),
                    cancellationToken);
            }

            var stats = await _store.GetStatsAsync(cancellationToken);
            if (stats.Nodes == 0 && settings.SeedDemoWhenEmpty)
            {
                LogSeeding(logger, directory);
                var report = await SeedGenerator.RunAsync(_store, new SeedOptions(SeedPreset.Demo), progress: null, cancellationToken);
                LogSeeded(logger, report.Nodes, report.Relationships, report.Elapsed.TotalSeconds);
            }
            else
            {
                LogOpened(logger, stats.Nodes, stats.Relationships);
            }

            gate.Open(_store);
        }
        catch (Exception e)
        {
            gate.Fail(e);
            await CloseAsync();
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => CloseAsync();

    // Not IAsyncDisposable on purpose: the container may be disposed synchronously, and the store has only an
    // asynchronous close. The host always calls StopAsync on shutdown.
    private async Task CloseAsync()
    {
        var store = Interlocked.Exchange(ref _store, null);
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening the graph store in {Directory}")]
    private static partial void LogOpening(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Graph store: {Phase} {Done}/{Total}")]
    private static partial void LogProgress(ILogger logger, string phase, long done, long total);

    [LoggerMessage(Level = LogLevel.Information, Message = "The graph store in {Directory} is empty; seeding the demo data set")]
    private static partial void LogSeeding(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Nodes} nodes and {Relationships} relationships in {Seconds:F1} s")]
    private static partial void LogSeeded(ILogger logger, long nodes, long relationships, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store open: {Nodes} nodes, {Relationships} relationships")]
    private static partial void LogOpened(ILogger logger, long nodes, long relationships);
}
