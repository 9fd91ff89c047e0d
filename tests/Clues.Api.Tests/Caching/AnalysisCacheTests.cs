using System.Text.Json;
using Clues.Api.Caching;
using Clues.Core.Analysis;
using Clues.Core.Graph;
using Clues.Graph.Embedded;
using Clues.Seed;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task A_question_asked_again_after_writes_keeps_one_entry_not_one_per_version()
    {
        var memory = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var recording = new RecordingDistributedCache(memory);
        var cache = new AnalysisCache(recording, _store, Options.Create(new AnalysisCacheOptions()), NullLogger<AnalysisCache>.Instance);
        var key = AnalysisCacheKey.Of("test", "versions");
        var calls = 0;

        for (var write = 0; write < 3; write++)
        {
            Assert.Equal(write + 1, await cache.GetOrAddAsync(key, _ => Task.FromResult(++calls)));
            Assert.Equal(write + 1, await cache.GetOrAddAsync(key, _ => Task.FromResult(++calls)));
            await _store.WriteAsync(new GraphBatch { Nodes = [new NodeRecord($"per-cache-version-{write}", NodeLabel.Person, "缓存版本", null, [])] });
        }

        Assert.Equal(3, calls);
        Assert.Equal(3, cache.Hits);
        Assert.Equal([cache.EntryKey(key)], recording.KeysSet.Distinct());
        Assert.Equal(3, recording.KeysSet.Count);
    }

    [Fact]
    public async Task An_entry_filed_at_an_older_version_is_not_served_even_when_it_is_still_there()
    {
        var memory = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var cache = new AnalysisCache(memory, _store, Options.Create(new AnalysisCacheOptions()), NullLogger<AnalysisCache>.Instance);
        var key = AnalysisCacheKey.Of("test", "stale");
        await cache.GetOrAddAsync(key, _ => Task.FromResult("before"));
        var filed = await memory.GetAsync(cache.EntryKey(key));

        await _store.WriteAsync(new GraphBatch { Nodes = [new NodeRecord("per-cache-stale", NodeLabel.Person, "缓存过期", null, [])] });
        var after = await cache.GetOrAddAsync(key, _ => Task.FromResult("after"));
        // Put the old entry back, as a slower request computing at the old version would.
        await memory.SetAsync(cache.EntryKey(key), filed!);
        var again = await cache.GetOrAddAsync(key, _ => Task.FromResult("recomputed"));

        Assert.Equal("after", after);
        Assert.Equal("recomputed", again);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task The_in_memory_cache_holds_at_most_the_configured_bytes()
    {
        static ServiceProvider Services(Dictionary<string, string?> settings)
        {
            var configuration = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(), settings).Build();
            var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
            services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
            services.AddCluesAnalysisCache();
            return services.BuildServiceProvider();
        }

        await using var byDefault = Services([]);
        await using var limited = Services(new() { ["Clues:AnalysisCache:MemoryLimitBytes"] = "1048576" });
        var memory = limited.GetRequiredService<IDistributedCache>();
        await memory.SetAsync("first", new byte[600_000]);
        await memory.SetAsync("second", new byte[600_000]);

        Assert.Equal(64 * 1024 * 1024, byDefault.GetRequiredService<IOptions<MemoryDistributedCacheOptions>>().Value.SizeLimit);
        Assert.Equal(1_048_576, limited.GetRequiredService<IOptions<MemoryDistributedCacheOptions>>().Value.SizeLimit);
        Assert.NotNull(await memory.GetAsync("first"));
        Assert.Null(await memory.GetAsync("second"));
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
