using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Apis;

/// <summary>"View as": provider staff open the customer portal as one of their customers' users.</summary>
public static class ImpersonationApi
{
    public static RouteGroupBuilder MapImpersonationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Impersonation").RequireAuthorization();
        api.MapPost("/users/{id:guid}/impersonation", Start).WithName("StartImpersonation")
            .WithSummary("An access token to view the portal as a customer user: read-only unless full access is asked for and allowed");
        return api;
    }

    public static async Task<Results<Ok<ImpersonationResponse>, ProblemHttpResult>> Start(
        Guid id, StartImpersonationRequest? request, ClaimsPrincipal principal, IdentityDbContext db,
        ImpersonationTokens tokens, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (principal.GetImpersonation() is not null)
        {
            return Problems.Forbidden(AccessProblems.ImpersonationWithinImpersonation);
        }

        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var fullAccess = request?.FullAccess ?? false;
        var decision = ImpersonationRules.ToStart(caller, fullAccess);
        if (decision.IsAllowed)
        {
            var subject = await UserAccess.LoadAsync(db, await db.Users.FindAsync([id], cancellationToken), cancellationToken);
            var approval = subject is null ? null : await SupportAccessWindows.ActiveAsync(db, caller.User.Id, subject.Organization.Id, clock.GetUtcNow(), cancellationToken);
            decision = ImpersonationRules.ToImpersonate(caller, subject, approval, fullAccess);
            if (decision.IsAllowed)
            {
                // Within an approval only as the customer decides it: a window without it is not needed.
                approval = subject!.Organization.DecidesSupportAccess ? approval : null;
                var token = tokens.Issue(subject, caller, fullAccess, approval);
                audit.Add(db, AuditActions.ImpersonationStarted, subject.Organization.Id, caller.User.Id, subject.User.Id,
                    SupportAccessAuditDetails.ViewAs(fullAccess, token.ExpiresAt, approval));
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(new ImpersonationResponse(token.AccessToken, "Bearer", token.ExpiresIn));
            }
        }

        return decision.ToProblem();
    }
}
