using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure;

/// <summary>Creates the provider organization at the first start; later starts find it and do nothing.</summary>
internal sealed class ProviderSeeder(IOptions<BootstrapOptions> options, TimeProvider clock) : IDbSeeder<TenantsDbContext>
{
    public async Task SeedAsync(TenantsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => o.Kind == OrganizationKind.Provider, cancellationToken))
        {
            return;
        }

        var bootstrap = options.Value;
        var provider = new Organization
        {
            Id = bootstrap.ProviderId ?? Guid.CreateVersion7(),
            Kind = OrganizationKind.Provider,
            Name = bootstrap.ProviderName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Organizations.Add(provider);
        db.AddIntegrationEvent(new ProviderCreated(provider.Id, provider.Name), clock);
        await db.SaveChangesAsync(cancellationToken);
    }
}
