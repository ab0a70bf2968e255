using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Application;

/// <summary>
/// Identity's own sign-in cookie, which the authorization endpoint reads: who the person is and the
/// proof they gave (for the ID token's <c>auth_time</c> and <c>amr</c>).
/// </summary>
public static class IdentitySession
{
    public static Task StartAsync(HttpContext context, Guid userId, Func<DateTimeOffset, SignInProof> proof)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
        proof(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).WriteTo(identity);
        return context.SignInAsync(IdentityConstants.ApplicationScheme, new ClaimsPrincipal(identity));
    }
}
