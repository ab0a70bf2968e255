using System.Security.Claims;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;

namespace Assets.Api.Scoping;

/// <summary>
/// Works out the caller's scope from the token and the user's last <c>UserAccessChanged</c> (kept in
/// user_scopes). Until that event has arrived, identity is asked (<see cref="IdentityAccessLookup"/>);
/// when it cannot answer either, the caller sees nothing and may do nothing: fail closed, never the
/// widest scope. Permissions are the token's, narrowed by the scope's (a role taken away counts
/// before the token expires).
/// </summary>
public sealed class CallerScopeResolver(AssetsDbContext db, IdentityAccessLookup identity, TimeProvider clock)
{
    private CallerScope? _resolved;

    public async Task<CallerScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_resolved is not null)
        {
            return _resolved;
        }

        var userId = user.GetUserId() ?? Guid.Empty;
        var organizationId = user.GetOrganizationId() ?? Guid.Empty;
        var isProvider = user.IsProviderStaff();
        var scope = await db.UserScopes.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken)
            ?? (await identity.CallerAccessAsync(user, cancellationToken) is { } answer ? UserScope.From(answer, clock.GetUtcNow()) : null);
        // A scope recorded for another organization (the user moved) says nothing about this token.
        if (scope is not null && scope.OrganizationId != organizationId)
        {
            scope = null;
        }

        // Nothing known: no permissions, no customers, no areas.
        var permissions = user.FindAll(PortalClaimTypes.Permissions).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        permissions.IntersectWith(scope?.Permissions ?? []);

        _resolved = await ScopeOfAsync(userId, organizationId, isProvider, permissions, scope, cancellationToken);
        return _resolved;
    }

    /// <summary>
    /// The scope <paramref name="person"/> would have on their next request (their token's permissions are
    /// their role's): "who can see this" asks what each person may see by the rules that answer their requests.
    /// </summary>
    public Task<CallerScope> OfPersonAsync(UserScope person, CancellationToken cancellationToken) => ScopeOfAsync(
        person.UserId, person.OrganizationId, person.OrganizationKind == OrganizationKinds.Provider,
        person.Permissions.ToHashSet(StringComparer.Ordinal), person, cancellationToken);

    private Task<CallerScope> ScopeOfAsync(
        Guid userId, Guid organizationId, bool isProvider, HashSet<string> permissions, UserScope? scope, CancellationToken cancellationToken)
    {
        var active = userId != Guid.Empty && organizationId != Guid.Empty && scope is { Active: true, IsDeleted: false };
        return isProvider
            ? ProviderStaffAsync(userId, organizationId, active, permissions, scope, cancellationToken)
            : CustomerUserAsync(userId, organizationId, active, permissions, scope, cancellationToken);
    }

    private async Task<CallerScope> ProviderStaffAsync(
        Guid userId, Guid providerId, bool active, HashSet<string> permissions, UserScope? scope, CancellationToken cancellationToken)
    {
        var customers = db.Customers.Where(c => c.ProviderId == providerId);
        var wholeProvider = scope is { AllCustomers: true, DepartmentIds.Count: 0 };
        if (scope is { AllCustomers: false })
        {
            var accessible = scope.CustomerIds.ToArray();
            customers = customers.Where(c => accessible.Contains(c.Id));
        }

        // Department administrators: only the customers of their departments.
        if (scope is { DepartmentIds.Count: > 0 })
        {
            var departments = scope.DepartmentIds.ToArray();
            customers = customers.Where(c => c.DepartmentId != null && departments.Contains(c.DepartmentId.Value));
        }

        // Archived customers are seen by nobody; they are read too, for the whole provider's exclusion list.
        var known = active
            ? await customers.Select(c => new KnownCustomer(c.Id, c.ArchivedAt != null)).ToListAsync(cancellationToken)
            : [];
        return new CallerScope
        {
            UserId = userId,
            OrganizationId = providerId,
            IsProviderStaff = true,
            ProviderId = providerId,
            Active = active,
            Permissions = permissions,
            PortalAreas = PortalAreas.All.ToHashSet(StringComparer.Ordinal),
            CustomerIds = [.. known.Where(c => !c.Archived).Select(c => c.Id)],
            WholeProvider = active && wholeProvider ? new WholeProvider(providerId, [.. known.Where(c => c.Archived).Select(c => c.Id)]) : null,
            ObjectIds = null,
        };
    }

    private async Task<CallerScope> CustomerUserAsync(
        Guid userId, Guid customerId, bool active, HashSet<string> permissions, UserScope? scope, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking()
            .Where(c => c.Id == customerId)
            .Select(c => new { c.ProviderId, c.ArchivedAt })
            .FirstOrDefaultAsync(cancellationToken);
        // An archived customer's users can no longer sign in; a token still alive sees nothing.
        active = active && customer?.ArchivedAt is null;

        return new CallerScope
        {
            UserId = userId,
            OrganizationId = customerId,
            IsProviderStaff = false,
            ProviderId = customer?.ProviderId,
            Active = active,
            Permissions = permissions,
            PortalAreas = (scope?.PortalAreas ?? []).ToHashSet(StringComparer.Ordinal),
            CustomerIds = active ? [customerId] : [],
            WholeProvider = null,
            ObjectIds = scope is { ObjectIds.Count: > 0 } ? scope.ObjectIds.ToArray() : null,
        };
    }

    private sealed record KnownCustomer(Guid Id, bool Archived);
}
