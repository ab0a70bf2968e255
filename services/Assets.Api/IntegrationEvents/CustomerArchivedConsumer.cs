using Assets.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

/// <summary>An archived customer's data stays, but nobody sees it any more (scoping skips archived customers).</summary>
public sealed class CustomerArchivedConsumer(AssetsDbContext db, TimeProvider clock) : IdempotentConsumer<CustomerArchived, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(CustomerArchived message, CancellationToken cancellationToken)
    {
        var customer = await Db.Customers.FindAsync([message.CustomerId], cancellationToken);
        if (customer is not null)
        {
            customer.ArchivedAt ??= clock.GetUtcNow();
        }
    }
}
