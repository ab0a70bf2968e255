using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Assets;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>The objects customer users can be limited to, and whose they are.</summary>
public sealed class ObjectCreatedConsumer(IdentityDbContext db) : IdempotentConsumer<ObjectCreated, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ObjectCreated message, CancellationToken cancellationToken) =>
        (await ObjectCopies.KeepAsync(Db, message.ObjectId, message.CustomerId, cancellationToken)).Name = message.Name;
}

/// <summary>An update can arrive before the creation it follows (or instead of it, for older objects).</summary>
public sealed class ObjectUpdatedConsumer(IdentityDbContext db) : IdempotentConsumer<ObjectUpdated, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ObjectUpdated message, CancellationToken cancellationToken) =>
        (await ObjectCopies.KeepAsync(Db, message.ObjectId, message.CustomerId, cancellationToken)).Name = message.Name;
}

/// <summary>An archived object can no longer be assigned; those who have it keep it (assets hides it).</summary>
public sealed class ObjectArchivedConsumer(IdentityDbContext db, TimeProvider clock) : IdempotentConsumer<ObjectArchived, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ObjectArchived message, CancellationToken cancellationToken)
    {
        var copy = await ObjectCopies.KeepAsync(Db, message.ObjectId, message.CustomerId, cancellationToken);
        copy.ArchivedAt ??= clock.GetUtcNow();
    }
}

internal static class ObjectCopies
{
    public static async Task<CustomerObject> KeepAsync(IdentityDbContext db, Guid objectId, Guid customerId, CancellationToken cancellationToken)
    {
        if (await db.CustomerObjects.FindAsync([objectId], cancellationToken) is not { } copy)
        {
            copy = new CustomerObject { Id = objectId };
            db.CustomerObjects.Add(copy);
        }

        copy.CustomerId = customerId;
        return copy;
    }
}
