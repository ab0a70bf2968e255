using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Organizations;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>Keeps identity's own copy of the provider organization, which staff users belong to.</summary>
public sealed class ProviderCreatedConsumer(IdentityDbContext db) : IdempotentConsumer<ProviderCreated, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ProviderCreated message, CancellationToken cancellationToken)
    {
        var organization = await Db.Organizations.FindAsync([message.ProviderId], cancellationToken);
        if (organization is null)
        {
            Db.Organizations.Add(new Organization { Id = message.ProviderId, Kind = OrganizationKinds.Provider, Name = message.Name });
            return;
        }

        organization.Name = message.Name;
    }
}
