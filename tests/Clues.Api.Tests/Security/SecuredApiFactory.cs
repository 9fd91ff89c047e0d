using Clues.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Security;

/// <summary>
/// The real API with security added (idempotent, so this still works once AddClues calls AddCluesSecurity itself),
/// and, unless told otherwise, key files written to a temporary folder and configured.
/// </summary>
public sealed class SecuredApiFactory : ApiFactory
{
    public SecuredApiFactory(string environment = "Production", bool configureKeys = true)
        : base(environment)
    {
        if (configureKeys)
        {
            Directory.CreateDirectory(KeyDirectory);
            SigningKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(Path.Combine(KeyDirectory, "signing.key"), Convert.ToBase64String(SigningKey));
            File.WriteAllText(Path.Combine(KeyDirectory, "sealing.key"), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            With("Clues:Security:SigningKeyFile", Path.Combine(KeyDirectory, "signing.key"));
            With("Clues:Security:SealingKeyFile", Path.Combine(KeyDirectory, "sealing.key"));
        }
    }

    public string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), "clues-keys-" + Guid.NewGuid().ToString("N"));

    public byte[] SigningKey { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddCluesSecurity());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(KeyDirectory))
        {
            Directory.Delete(KeyDirectory, recursive: true);
        }
    }
}
