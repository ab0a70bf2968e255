using Assets.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

public sealed class CustomerCreatedConsumer(AssetsDbContext db) : IdempotentConsumer<CustomerCreated, AssetsDbContext>(db)
{
    protected override Task HandleAsync(CustomerCreated message, CancellationToken cancellationToken) =>
        CustomerCopy.UpsertAsync(Db, message.CustomerId, message.ProviderId, message.Name, message.Slug, message.Type, message.DepartmentId, message.Independent, cancellationToken);
}
