using Identity.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>An archived customer's users can no longer sign in or refresh their tokens.</summary>
public sealed class CustomerArchivedConsumer(IdentityDbContext db, TimeProvider clock) : IdempotentConsumer<CustomerArchived, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(CustomerArchived message, CancellationToken cancellationToken)
    {
        if (await Db.Organizations.FindAsync([message.CustomerId], cancellationToken) is { } customer)
        {
            customer.ArchivedAt ??= clock.GetUtcNow();
        }
    }
}
