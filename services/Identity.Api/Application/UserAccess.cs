using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Identity.Api.Application;

/// <summary>A user with their organization and current permissions, read fresh from the database.</summary>
public sealed record UserAccess(User User, Organization Organization, IReadOnlyList<string> Permissions)
{
    public bool IsProviderStaff => Organization.Kind == Portal.Contracts.Security.OrganizationKinds.Provider;

    public bool Has(string permission) => Permissions.Contains(permission);

    /// <summary>The organization requires two-factor and this user has not enrolled yet.</summary>
    public bool MustEnrolTwoFactor => Organization.RequireTwoFactor && !User.TwoFactorEnabled;

    /// <summary>May this user sign in or refresh a token now?</summary>
    public bool CanSignIn => User.IsActive && User.HasAccess && Organization.ArchivedAt is null;

    public static async Task<UserAccess?> LoadAsync(IdentityDbContext db, User? user, CancellationToken cancellationToken)
    {
        if (user is null || await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == user.OrganizationId, cancellationToken) is not { } organization)
        {
            return null;
        }

        var customRole = user.CustomRoleId is { } roleId
            ? await db.CustomRoles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken)
            : null;
        // An organization that requires two-factor lets a user without it sign in only to enrol:
        // no permissions until then (every API but /me answers 403), full ones on the next token.
        var permissions = organization.RequireTwoFactor && !user.TwoFactorEnabled
            ? []
            : RoleCatalog.PermissionsOf(organization.Kind, user.Role, customRole);
        return new UserAccess(user, organization, permissions);
    }
}
