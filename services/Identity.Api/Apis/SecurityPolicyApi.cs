using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Apis;

/// <summary>
/// An organization's sign-in rules, set by whoever administers its users: the customer's own
/// administrators, or provider staff who manage that customer (or their own provider).
/// </summary>
public static class SecurityPolicyApi
{
    public static RouteGroupBuilder MapSecurityPolicyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/organizations/{organizationId:guid}/security-policy").WithTags("Security policy").RequireAuthorization();
        api.MapGet("/", GetPolicy).WithName("GetSecurityPolicy").WithSummary("Whether the organization requires two-factor sign-in");
        api.MapPut("/", SetPolicy).ProducesProblem(StatusCodes.Status409Conflict).WithName("SetSecurityPolicy")
            .WithSummary("Require two-factor sign-in; users without it can then only enrol until they have it");
        return api;
    }

    public static async Task<Results<Ok<SecurityPolicyResponse>, ProblemHttpResult>> GetPolicy(
        Guid organizationId, ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        var decision = OrganizationAccess.ToAdministerUsers(caller, organization, readOnly: true);
        return decision.IsAllowed
            ? TypedResults.Ok(new SecurityPolicyResponse(organization!.Id, organization.RequireTwoFactor))
            : decision.ToProblem();
    }

    public static async Task<Results<Ok<SecurityPolicyResponse>, ValidationProblem, ProblemHttpResult>> SetPolicy(
        Guid organizationId, SecurityPolicyRequest request, ClaimsPrincipal principal, IdentityDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        var decision = OrganizationAccess.ToAdministerUsers(caller, organization);
        if (!decision.IsAllowed)
        {
            return decision.ToProblem();
        }

        if (request.RequireTwoFactor is not { } requireTwoFactor)
        {
            return PortalProblems.Invalid("requireTwoFactor", ValidationMessages.TrueOrFalse);
        }

        if (requireTwoFactor && organization!.Id == caller.Organization.Id && !caller.User.TwoFactorEnabled)
        {
            return Problems.Conflict(SecurityPolicyProblems.OwnTwoFactorFirst, "requireTwoFactor");
        }

        if (organization!.RequireTwoFactor != requireTwoFactor)
        {
            organization.RequireTwoFactor = requireTwoFactor;
            audit.Add(db, AuditActions.SecurityPolicyChanged, organization.Id, caller.User.Id,
                details: requireTwoFactor ? "two-factor required" : "two-factor optional");
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(new SecurityPolicyResponse(organization.Id, organization.RequireTwoFactor));
    }
}
