using System.Security.Claims;
using Identity.Api.Infrastructure;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Application;

/// <summary>
/// The signed-in user behind a request, read fresh from the database: identity decides with the
/// current role and scope, not with what the token said when it was issued.
/// </summary>
public static class Caller
{
    public static async Task<UserAccess?> LoadAsync(ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (principal.GetUserId() is not { } userId)
        {
            return null;
        }

        var user = await db.Users.FindAsync([userId], cancellationToken);
        var access = await UserAccess.LoadAsync(db, user, cancellationToken);
        return access is { CanSignIn: true } ? access : null;
    }
}
