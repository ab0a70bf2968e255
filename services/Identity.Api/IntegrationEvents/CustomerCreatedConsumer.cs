using Identity.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>A new customer: its users will belong to it; only corporate, managed ones are invited by the provider.</summary>
public sealed class CustomerCreatedConsumer(IdentityDbContext db) : IdempotentConsumer<CustomerCreated, IdentityDbContext>(db)
{
    protected override Task HandleAsync(CustomerCreated message, CancellationToken cancellationToken) =>
        CustomerCopy.UpsertAsync(Db, message.CustomerId, message.ProviderId, message.Name, message.Slug, message.Type, message.DepartmentId, message.Independent, cancellationToken);
}
