using Identity.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>From now on only the customer's own administrators manage its users.</summary>
public sealed class CustomerBecameIndependentConsumer(IdentityDbContext db) : IdempotentConsumer<CustomerBecameIndependent, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(CustomerBecameIndependent message, CancellationToken cancellationToken)
    {
        if (await Db.Organizations.FindAsync([message.CustomerId], cancellationToken) is { } customer)
        {
            customer.Independent = true;
        }
    }
}

/// <summary>The provider administers the customer's users again.</summary>
public sealed class CustomerIndependenceRevertedConsumer(IdentityDbContext db) : IdempotentConsumer<CustomerIndependenceReverted, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(CustomerIndependenceReverted message, CancellationToken cancellationToken)
    {
        if (await Db.Organizations.FindAsync([message.CustomerId], cancellationToken) is { } customer)
        {
            customer.Independent = false;
        }
    }
}
