using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

/// <summary>
/// Keeps the user's current scope; the next request of that user is scoped by it (no restart, no
/// new token needed). The event carries the whole scope, so the last one wins.
/// </summary>
public sealed class UserAccessChangedConsumer(AssetsDbContext db, TimeProvider clock) : IdempotentConsumer<UserAccessChanged, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(UserAccessChanged message, CancellationToken cancellationToken)
    {
        var scope = await Db.UserScopes.FindAsync([message.UserId], cancellationToken);
        if (scope is null)
        {
            scope = new UserScope { UserId = message.UserId, OrganizationKind = message.OrganizationKind, Role = message.Role };
            Db.UserScopes.Add(scope);
        }
        else if (scope.IsDeleted || message.IsOlderThan(scope.AccessVersion))
        {
            return;
        }

        scope.Apply(message, clock.GetUtcNow());
    }
}
