using System.Text.Json;
using Clues.Api.Caching;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Clues.Seed;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clues.Api.Tests.Caching;

/// <summary>The analysis cache over a real embedded store seeded with the demo preset.</summary>
public sealed class AnalysisCacheTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "clues-cache-tests-" + Guid.NewGuid().ToString("N"));
    private EmbeddedGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _store = await EmbeddedGraphStore.OpenAsync(new EmbeddedGraphStoreOptions(_directory));
        await SeedGenerator.RunAsync(_store, new SeedOptions(SeedPreset.Demo));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task A_second_identical_call_is_served_from_the_cache()
    {
        var cache = NewCache(_store);
        var calls = 0;
        var key = AnalysisCacheKey.Of("conflictsOfInterest", "per-s1-cadre", null);
        Task<ConflictOfInterestReport> Compute(CancellationToken ct)
        {
            calls++;
            return new ConflictOfInterestFinder(_store).FindAsync(new ConflictOfInterestQuery("per-s1-cadre"), ct);
        }

        var first = await cache.GetOrAddAsync(key, Compute);
        var second = await cache.GetOrAddAsync(AnalysisCacheKey.Of("conflictsOfInterest", "per-s1-cadre", null), Compute);

        Assert.Equal(1, calls);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
        Assert.NotEmpty(second.Hits);
        Assert.Equal(Json(first), Json(second));
    }

    [Fact]
    public async Task A_committed_write_raises_the_data_version_and_the_next_call_misses()
    {
        var cache = NewCache(_store);
        var calls = 0;
        var key = AnalysisCacheKey.Of("keyPersons", "jur-431421", null, 10, false);
        Task<KeyPersonRanking> Compute(CancellationToken ct)
        {
            calls++;
            return new KeyPersonRanker(_store).RankAsync(new KeyPersonQuery("jur-431421", Top: 10), ct);
        }

        await cache.GetOrAddAsync(key, Compute);
        var before = _store.DataVersion;
        await _store.WriteAsync(new GraphBatch { Nodes = [new NodeRecord("per-cache-test", NodeLabel.Person, "缓存测试", null, [])] });
        await cache.GetOrAddAsync(key, Compute);
        await cache.GetOrAddAsync(key, Compute);

        Assert.True(_store.DataVersion > before);
        Assert.Equal(2, calls);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public async Task Different_arguments_are_different_entries()
    {
        var cache = NewCache(_store);
        var calls = 0;
        Task<FundFlow> Compute(int depth, CancellationToken ct)
        {
            calls++;
            return new FundFlowTracer(_store).TraceAsync(new FundFlowQuery("fund-s2", depth), ct);
        }

        var shallow = await cache.GetOrAddAsync(AnalysisCacheKey.Of("fundFlow", "fund-s2", 1, null, null), ct => Compute(1, ct));
        var deep = await cache.GetOrAddAsync(AnalysisCacheKey.Of("fundFlow", "fund-s2", 3, null, null), ct => Compute(3, ct));
        var deepAgain = await cache.GetOrAddAsync(AnalysisCacheKey.Of("fundFlow", "fund-s2", 3, null, null), ct => Compute(3, ct));

        Assert.Equal(2, calls);
        Assert.NotEqual(Json(shallow), Json(deep));
        Assert.Equal(Json(deep), Json(deepAgain));
        Assert.Contains(deepAgain.Edges, e => e.Payments.Count > 0);
    }

    [Fact]
    public async Task Cached_path_sets_keep_their_nodes_and_edges()
    {
        var cache = NewCache(_store);
        var query = new PathQuery(null, 3, Limit: 20);
        var key = AnalysisCacheKey.Of("paths", "per-s1-cadre", "prj-s1", 3, null, null, "ALL_UP_TO", 20);

        var computed = await cache.GetOrAddAsync(key, ct => _store.AllSimplePathsAsync("per-s1-cadre", "prj-s1", query, ct));
        var cached = await cache.GetOrAddAsync(key, ct => _store.AllSimplePathsAsync("per-s1-cadre", "prj-s1", query, ct));

        Assert.Equal(1, cache.Hits);
        Assert.NotEmpty(cached.Paths);
        Assert.Equal(Json(computed), Json(cached));
    }

    [Fact]
    public async Task Turned_off_it_computes_every_time()
    {
        var cache = NewCache(_store, new AnalysisCacheOptions { Enabled = false });
        var calls = 0;
        var key = AnalysisCacheKey.Of("test");

        await cache.GetOrAddAsync(key, _ => Task.FromResult(++calls));
        await cache.GetOrAddAsync(key, _ => Task.FromResult(++calls));

        Assert.Equal(2, calls);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task A_store_without_a_data_version_is_never_cached()
    {
        var cache = NewCache(new Resolvers.CountingGraphStore(_store));
        var calls = 0;
        var key = AnalysisCacheKey.Of("test");

        await cache.GetOrAddAsync(key, _ => Task.FromResult(++calls));
        await cache.GetOrAddAsync(key, _ => Task.FromResult(++calls));

        Assert.Equal(2, calls);
    }

    [Fact]
    public void Keys_tell_list_boundaries_and_nulls_apart()
    {
        Assert.NotEqual(AnalysisCacheKey.Of("op", "a,b").Text, AnalysisCacheKey.Of("op", new[] { "a", "b" }).Text);
        Assert.NotEqual(AnalysisCacheKey.Of("op", (string?)null).Text, AnalysisCacheKey.Of("op", Array.Empty<string>()).Text);
        Assert.Equal(AnalysisCacheKey.Of("op", 1, "x").Text, AnalysisCacheKey.Of("op", 1, "x").Text);
    }

    private static AnalysisCache NewCache(IGraphStore store, AnalysisCacheOptions? options = null) =>
        new(
            new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())),
            store,
            Options.Create(options ?? new AnalysisCacheOptions()),
            NullLogger<AnalysisCache>.Instance);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
