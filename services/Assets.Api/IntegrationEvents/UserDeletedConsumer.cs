using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

/// <summary>
/// Forgets the scope of a deleted user: role, permissions, customers, portal areas and objects are
/// cleared. The emptied row stays as a marker that the user is gone: without any row, assets would
/// trust the claims of an access token the user still holds until it expires.
/// </summary>
public sealed class UserDeletedConsumer(AssetsDbContext db, TimeProvider clock) : IdempotentConsumer<UserDeleted, AssetsDbContext>(db)
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
        scope.Permissions = [];
        scope.CustomerIds = [];
        scope.DepartmentIds = [];
        scope.PortalAreas = [];
        scope.ObjectIds = [];
        scope.UpdatedAt = clock.GetUtcNow();
    }
}
