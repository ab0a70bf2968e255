using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.IntegrationEvents;

/// <summary>
/// Keeps tenants' copy of every user's scope: the customers provider staff may see, and which
/// customers have users (a corporate customer with users cannot become individual).
/// </summary>
public sealed class UserAccessChangedConsumer(TenantsDbContext db, TimeProvider clock)
    : IdempotentConsumer<UserAccessChanged, TenantsDbContext>(db)
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

        // The event carries the whole current scope, so it replaces what was known.
        scope.Apply(message, clock.GetUtcNow());
    }
}
