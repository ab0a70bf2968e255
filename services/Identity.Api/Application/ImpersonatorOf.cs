using System.Security.Claims;
using Identity.Api.Apis;
using Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Application;

/// <summary>Who is viewing the portal as the signed-in user, for the web app's banner.</summary>
public static class ImpersonatorOf
{
    public static async Task<ImpersonatorResponse?> LoadAsync(ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (principal.GetImpersonation() is not { } impersonation)
        {
            return null;
        }

        var actor = await db.Users.AsNoTracking().Where(u => u.Id == impersonation.ActorUserId)
            .Select(u => new { u.FirstName, u.LastName }).SingleOrDefaultAsync(cancellationToken);
        return new ImpersonatorResponse(impersonation.ActorUserId, actor is null ? null : $"{actor.FirstName} {actor.LastName}".Trim(), impersonation.FullAccess);
    }
}
