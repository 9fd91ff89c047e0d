using System.Net;
using System.Net.Http.Headers;
using Clues.Api.Hosting;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Graph.Embedded.Sealing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clues.Cli.BenchApi;

/// <summary>
/// The real Clues API (AddClues/MapClues, Production settings, security on) on a free loopback port, over a copy
/// of the store: the API writes beside the store (its lock, the audit log, the sealed reporter store), and a bench
/// must leave the data it was pointed at exactly as it found it. Keys are made fresh in the scratch folder and an
/// analyst token for the demo city (431400, which sees every county) is issued with them.
/// </summary>
internal sealed class ApiBenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _scratch;

    private ApiBenchHost(WebApplication app, string scratch, Uri endpoint, string token)
    {
        _app = app;
        _scratch = scratch;
        Endpoint = endpoint;
        Token = token;
    }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>A bearer token for a city analyst.</summary>
    public string Token { get; }

    /// <summary>The application's services (for reading the store's size).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>An HTTP client that sends the token; keep-alive, like an analyst's browser.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        return client;
    }

    public static async Task<ApiBenchHost> StartAsync(DirectoryInfo data, CancellationToken cancellationToken)
    {
        if (!data.Exists || !File.Exists(Path.Combine(data.FullName, "graph.db")))
        {
            throw new DirectoryNotFoundException($"{data.FullName} holds no store (graph.db); seed one first with clues seed --preset demo --data {data.FullName}.");
        }

        var scratch = Path.Combine(Path.GetTempPath(), "clues-bench-api-" + Guid.NewGuid().ToString("N"));
        var storeCopy = Path.Combine(scratch, "data");
        var keys = Path.Combine(scratch, "keys");
        try
        {
            CopyStore(data.FullName, storeCopy);
            Directory.CreateDirectory(keys);
            var signing = Path.Combine(keys, "signing.key");
            var sealing = Path.Combine(keys, "sealing.key");
            TokenIssuer.CreateKeyFile(signing);
            SealingKey.CreateFile(sealing).Dispose();

            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                EnvironmentName = Environments.Production,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Clues:DataDirectory"] = storeCopy,
                ["Clues:Security:SigningKeyFile"] = signing,
                ["Clues:Security:SealingKeyFile"] = sealing,
            });

            // Log lines would be measured too (and would break --json on standard output); warnings still go to standard error.
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, 0);
            });
            builder.Services.AddClues(builder.Configuration);

            var app = builder.Build();
            app.MapClues();
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                    ?? throw new InvalidOperationException("Kestrel started without a listening address.");
                var path = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CluesOptions>>().Value.GraphQLPath;
                var city = DivisionCode.Parse("431400");
                var analyst = new Principal("bench-analyst", "压测分析员", new HashSet<Role> { Role.Analyst }, city, JurisdictionLevel.City);
                var token = TokenIssuer.FromKeyFile(signing).Issue(analyst, TimeSpan.FromHours(12));
                return new ApiBenchHost(app, scratch, new Uri(new Uri(address), path), token);
            }
            catch
            {
                await app.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            DeleteScratch(scratch);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            DeleteScratch(_scratch);
        }
    }

    private static void CopyStore(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // The lock file only means "open by someone"; a copy must start unlocked. The sealed reporter store and
            // the audit log belong to the keys of whoever served the store before: the bench makes its own keys, so it
            // starts both afresh (the graph carries every clue; sealed identities are not read by analyst queries).
            if (Path.GetFileName(file) is "graph.lock" or "sealed.db" or "sealed.db-wal" or "sealed.db-shm" or "audit.db" or "audit.db-wal" or "audit.db-shm")
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void DeleteScratch(string scratch)
    {
        try
        {
            Directory.Delete(scratch, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans temp eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Keys are created readable by the owner only; nothing else to do.
        }
    }
}
