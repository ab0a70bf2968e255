using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Tenants.Api.Model;

namespace Tenants.Api.Infrastructure;

/// <summary>
/// Creates the provider organization at the first start; later starts find it and do nothing, unless
/// it contradicts the configured <see cref="BootstrapOptions.ProviderId"/>.
/// </summary>
internal sealed class ProviderSeeder(IOptions<BootstrapOptions> options, TimeProvider clock) : IDbSeeder<TenantsDbContext>
{
    public async Task SeedAsync(TenantsDbContext db, CancellationToken cancellationToken)
    {
        var bootstrap = options.Value;
        var existing = await db.Organizations.AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.Provider).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            // Identity's first administrator belongs to the configured id: with another provider in
            // this database every request of theirs would end in 404. Say so, instead of starting.
            if (bootstrap.ProviderId is { } configured && configured != existingId)
            {
                throw new InvalidOperationException(
                    $"The tenants database already holds the provider {existingId}, but Bootstrap:ProviderId is {configured}. " +
                    "The data was created with another configuration: start with fresh data (scripts/start.sh --fresh) " +
                    $"or set Bootstrap:ProviderId to {existingId}.");
            }

            return;
        }

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
