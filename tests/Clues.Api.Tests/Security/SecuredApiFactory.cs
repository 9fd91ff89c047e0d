using Clues.Api.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Security;

/// <summary>
/// The real API for tests about authentication itself: its clients send no token by default, and key files are
/// configured unless told otherwise. AddCluesSecurity is called again to show that doing so is harmless.
/// </summary>
public sealed class SecuredApiFactory : ApiFactory
{
    public SecuredApiFactory(string environment = "Production", bool configureKeys = true)
        : base(environment, configureKeys)
    {
        DefaultPrincipal = null;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddCluesSecurity());
    }
}
