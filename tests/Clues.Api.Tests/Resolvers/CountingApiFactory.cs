using Clues.Core.Graph;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Resolvers;

/// <summary>The Development API with its <see cref="IGraphStore"/> service wrapped in a <see cref="CountingGraphStore"/>.</summary>
public sealed class CountingApiFactory : ApiFactory
{
    public CountingApiFactory()
        : base("Development")
    {
    }

    public CountingGraphStore? Store { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // The host registers the store gate as an instance; wrap that same instance so seeding and opening still go through it.
            var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
            var inner = (IGraphStore)registered.ImplementationInstance!;
            services.Remove(registered);
            Store = new CountingGraphStore(inner);
            services.AddSingleton<IGraphStore>(Store);
        });
    }
}
