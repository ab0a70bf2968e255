using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;
using Tenants.Api.Infrastructure;
using Tenants.Api.Model;

namespace Tenants.Api.IntegrationEvents;

/// <summary>
/// Forgets the scope of a deleted user: role, permissions, customers and departments are cleared.
/// The emptied row stays as a marker that the user is gone: without any row, tenants would trust the
/// claims of an access token the user still holds until it expires.
/// </summary>
public sealed class UserDeletedConsumer(TenantsDbContext db, TimeProvider clock) : IdempotentConsumer<UserDeleted, TenantsDbContext>(db)
{
    protected override async Task HandleAsync(UserDeleted message, CancellationToken cancellationToken)
    {
        var scope = await Db.UserScopes.FindAsync([message.UserId], cancellationToken);
        if (scope is null)
        {
            scope = new UserScope { UserId = message.UserId, OrganizationKind = "", Role = "" };
            Db.UserScopes.Add(scope);
        }

        scope.OrganizationId = message.OrganizationId;
        scope.Role = "";
        scope.Active = false;
        scope.AllCustomers = false;
        scope.CustomerIds = [];
        scope.DepartmentIds = [];
        scope.Permissions = [];
        scope.UpdatedAt = clock.GetUtcNow();
    }
}
