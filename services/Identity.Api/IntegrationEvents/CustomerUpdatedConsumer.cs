using Identity.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>A customer's name, slug, type or department changed (the department decides which department administrators see it).</summary>
public sealed class CustomerUpdatedConsumer(IdentityDbContext db) : IdempotentConsumer<CustomerUpdated, IdentityDbContext>(db)
{
    protected override Task HandleAsync(CustomerUpdated message, CancellationToken cancellationToken) =>
        CustomerCopy.UpsertAsync(Db, message.CustomerId, message.ProviderId, message.Name, message.Slug, message.Type, message.DepartmentId, message.Independent, cancellationToken);
}
