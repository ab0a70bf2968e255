using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

// Notifications' copy of customers: which provider may see their mails, and whether the provider
// still administers their users (managed) or not (independent).

public sealed class CustomerCreatedConsumer(NotificationsDbContext db) : IdempotentConsumer<CustomerCreated, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(CustomerCreated message, CancellationToken cancellationToken) =>
        CustomerCopy.UpsertAsync(Db, message.CustomerId, message.ProviderId, message.DepartmentId, message.Independent, cancellationToken);
}

public sealed class CustomerUpdatedConsumer(NotificationsDbContext db) : IdempotentConsumer<CustomerUpdated, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(CustomerUpdated message, CancellationToken cancellationToken) =>
        CustomerCopy.UpsertAsync(Db, message.CustomerId, message.ProviderId, message.DepartmentId, message.Independent, cancellationToken);
}

public sealed class CustomerBecameIndependentConsumer(NotificationsDbContext db) : IdempotentConsumer<CustomerBecameIndependent, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(CustomerBecameIndependent message, CancellationToken cancellationToken) =>
        (await CustomerCopy.FindOrAddAsync(Db, message.CustomerId, message.ProviderId, cancellationToken)).Independent = true;
}

public sealed class CustomerIndependenceRevertedConsumer(NotificationsDbContext db) : IdempotentConsumer<CustomerIndependenceReverted, NotificationsDbContext>(db)
{
    protected override async Task HandleAsync(CustomerIndependenceReverted message, CancellationToken cancellationToken) =>
        (await CustomerCopy.FindOrAddAsync(Db, message.CustomerId, message.ProviderId, cancellationToken)).Independent = false;
}

internal static class CustomerCopy
{
    public static async Task UpsertAsync(
        NotificationsDbContext db, Guid customerId, Guid providerId, Guid? departmentId, bool independent, CancellationToken cancellationToken)
    {
        var customer = await FindOrAddAsync(db, customerId, providerId, cancellationToken);
        customer.DepartmentId = departmentId;
        customer.Independent = independent;
    }

    public static async Task<Customer> FindOrAddAsync(NotificationsDbContext db, Guid customerId, Guid providerId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindAsync([customerId], cancellationToken);
        if (customer is null)
        {
            customer = new Customer { Id = customerId };
            db.Customers.Add(customer);
        }

        customer.ProviderId = providerId;
        return customer;
    }
}
