using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Clues.Api.Tests.Hosting;

/// <summary>The real API in a named environment with nothing but its key files configured, and every log entry kept.</summary>
public sealed class EnvironmentApiFactory : ApiFactory
{
    public EnvironmentApiFactory(string environment)
        : base(environment)
    {
    }

    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
