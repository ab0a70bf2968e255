using System.Security.Cryptography;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Application;

/// <summary>
/// Ends a user's sessions (OWASP ASVS 7.4): every OpenIddict authorization and token of the user is
/// revoked at once, so no refresh token issued before works again, and a new security stamp ends
/// identity's own sign-in cookie. A session is one authorization: the sign-in and the refresh
/// tokens that rotate from it.
/// </summary>
public static class Sessions
{
    /// <summary>
    /// Revokes the user's authorizations and tokens, except those of <paramref name="keepAuthorizationId"/>
    /// (the caller's own session), and gives the user a new security stamp (saved with the caller's
    /// SaveChanges). Revocation is written at once: should the rest fail, the sessions are still ended.
    /// </summary>
    /// <returns>How many sessions ended.</returns>
    public static async Task<int> EndAsync(IdentityDbContext db, User user, Guid? keepAuthorizationId, CancellationToken cancellationToken)
    {
        var subject = user.Id.ToString();
        user.SecurityStamp = NewSecurityStamp();

        var ended = await db.Set<OpenIddictEntityFrameworkCoreAuthorization<Guid>>()
            .Where(a => a.Subject == subject && a.Status != Statuses.Revoked && a.Id != keepAuthorizationId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, Statuses.Revoked), cancellationToken);
        await db.Set<OpenIddictEntityFrameworkCoreToken<Guid>>()
            .Where(t => t.Subject == subject && t.Status != Statuses.Revoked && (t.Authorization == null || t.Authorization.Id != keepAuthorizationId))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, Statuses.Revoked), cancellationToken);
        return ended;
    }

    /// <summary>Forgets the user's authorizations and tokens entirely (account deletion).</summary>
    public static async Task DeleteAllAsync(IdentityDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await db.Set<OpenIddictEntityFrameworkCoreToken<Guid>>().Where(t => t.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().Where(a => a.Subject == subject).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The authorization (session) an access token belongs to, from OpenIddict's <c>oi_au_id</c> claim.</summary>
    public static Guid? AuthorizationIdOf(System.Security.Claims.ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(Claims.Private.AuthorizationId)?.Value, out var id) ? id : null;

    public static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
}
