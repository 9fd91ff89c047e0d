using System.Net.Http.Headers;
using Clues.Api.Security;
using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests;

/// <summary>
/// Starts the real Clues API (its Program) on a fresh temporary data folder, which it seeds with the demo data
/// set. In-memory by default; <see cref="StartKestrel"/> puts it on a free loopback port for Node and Chromium.
/// Outside Development it writes key files to a temporary folder (the API refuses to start without them), and its
/// clients send a real token issued for <see cref="DefaultPrincipal"/> (the demo city's analyst) unless that is null.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "clues-api-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);

    public ApiFactory()
        : this("Production")
    {
    }

    protected ApiFactory(string environment, bool configureKeys = true)
    {
        Environment = environment;
        if (configureKeys && environment != "Development")
        {
            Directory.CreateDirectory(KeyDirectory);
            var signing = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(Path.Combine(KeyDirectory, "signing.key"), Convert.ToBase64String(signing));
            File.WriteAllText(Path.Combine(KeyDirectory, "sealing.key"), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            With("Clues:Security:SigningKeyFile", Path.Combine(KeyDirectory, "signing.key"));
            With("Clues:Security:SealingKeyFile", Path.Combine(KeyDirectory, "sealing.key"));
        }
    }

    /// <summary>An analyst of the demo city's office (431400): reads the graph and clues of the whole city.</summary>
    public static Principal Analyst { get; } = new(
        "test-analyst", "Test analyst", new HashSet<Role> { Role.Analyst }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    /// <summary>Who the clients of <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> authenticate as; null sends no token.</summary>
    public Principal? DefaultPrincipal { get; protected set; } = Analyst;

    public string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), "clues-keys-" + Guid.NewGuid().ToString("N"));

    /// <summary>The signing key the running API uses (configured or, in Development, generated).</summary>
    public byte[] SigningKey => Services.GetRequiredService<SecurityKeys>().SigningKey;

    /// <summary>
    /// A real token the running API accepts, for <paramref name="principal"/>: issued by the server's own issuer, so it
    /// is recorded in the token registry the server checks (tokens.db beside the signing key).
    /// </summary>
    public string TokenFor(Principal principal) => Services.GetRequiredService<TokenIssuer>().Issue(principal, TimeSpan.FromHours(1));

    /// <summary>A client that authenticates as <paramref name="principal"/>.</summary>
    public HttpClient CreateClientFor(Principal principal)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(principal));
        return client;
    }

    public string Environment { get; }

    public string DataDirectory => _dataDirectory;

    /// <summary>Sets a configuration value (e.g. <c>Clues:GraphQL:ExecutionTimeout</c>) before the host starts.</summary>
    public ApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts the host on Kestrel at a free loopback port and returns the GraphQL endpoint's URL.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().TrimEnd('/') + "/graphql");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (DefaultPrincipal is { } principal)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(principal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Clues:DataDirectory", _dataDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        if (Directory.Exists(KeyDirectory))
        {
            Directory.Delete(KeyDirectory, recursive: true);
        }
    }
}
