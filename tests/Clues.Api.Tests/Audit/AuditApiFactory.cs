using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Audit;

/// <summary>The API in Production settings with an office signing key for handover packages and a clock the test can move forward.</summary>
public sealed class AuditApiFactory : ApiFactory
{
    public string OfficeKeyDirectory { get; } = Path.Combine(Path.GetTempPath(), "clues-audit-office-keys-" + Guid.NewGuid().ToString("N"));

    public ShiftedClock Clock { get; } = new();

    public string AuditFile => Path.Combine(DataDirectory, "audit.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(OfficeKeyDirectory))
        {
            Directory.Delete(OfficeKeyDirectory, recursive: true);
        }
    }
}
