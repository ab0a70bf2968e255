using Assets.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

// Independence changes who administers the customer's users, not what assets shows: the provider keeps
// serving it. The flag is kept so that the copy matches tenants.

public sealed class CustomerBecameIndependentConsumer(AssetsDbContext db) : IdempotentConsumer<CustomerBecameIndependent, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(CustomerBecameIndependent message, CancellationToken cancellationToken)
    {
        var customer = await Db.Customers.FindAsync([message.CustomerId], cancellationToken);
        customer?.Independent = true;
    }
}

public sealed class CustomerIndependenceRevertedConsumer(AssetsDbContext db) : IdempotentConsumer<CustomerIndependenceReverted, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(CustomerIndependenceReverted message, CancellationToken cancellationToken)
    {
        var customer = await Db.Customers.FindAsync([message.CustomerId], cancellationToken);
        customer?.Independent = false;
    }
}
