using Clues.Core.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clues.Api.Tests.Authorization;

/// <summary>
/// The API with an access policy in which analysts may read the graph but not clues. The standard table has no
/// such role (every graph reader also reads clues), so the refusal of clue fields needs a policy of its own.
/// </summary>
public sealed class ReadGraphOnlyApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<AccessPolicy>();
            services.AddSingleton(new AccessPolicy(new Dictionary<Role, IReadOnlyCollection<Permission>>
            {
                [Role.Analyst] = [Permission.ReadGraph],
                [Role.Auditor] = [Permission.ReadAudit],
            }));
        });
    }
}
