using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;
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
        api.MapGet("/", GetPolicy).WithName("GetSecurityPolicy")
            .WithSummary("Whether the organization requires two-factor sign-in, and whether the provider views its portal only with its approval");
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
            ? TypedResults.Ok(Response(organization!))
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

        if (request.RequireTwoFactor is null && request.SupportAccessNeedsApproval is null)
        {
            return PortalProblems.Invalid("requireTwoFactor", ValidationMessages.TrueOrFalse);
        }

        if (request.SupportAccessNeedsApproval is { } needsApproval && SetSupportAccess(organization!, needsApproval, caller, db, audit) is { } refused)
        {
            return refused;
        }

        var requireTwoFactor = request.RequireTwoFactor ?? organization!.RequireTwoFactor;
        if (requireTwoFactor && !organization!.RequireTwoFactor && organization.Id == caller.Organization.Id && !caller.User.TwoFactorEnabled)
        {
            return Problems.Conflict(SecurityPolicyProblems.OwnTwoFactorFirst, "requireTwoFactor");
        }

        if (organization!.RequireTwoFactor != requireTwoFactor)
        {
            organization.RequireTwoFactor = requireTwoFactor;
            audit.Add(db, AuditActions.SecurityPolicyChanged, organization.Id, caller.User.Id,
                details: requireTwoFactor
                    ? new("two-factor required", "Zwei-Faktor-Authentifizierung erforderlich")
                    : new("two-factor optional", "Zwei-Faktor-Authentifizierung freiwillig"));
        }

        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(Response(organization));
    }

    private static SecurityPolicyResponse Response(Organization organization) =>
        new(organization.Id, organization.RequireTwoFactor, organization.DecidesSupportAccess);

    /// <summary>Support access approval: a customer's choice; an independent customer always decides.</summary>
    private static ProblemHttpResult? SetSupportAccess(Organization organization, bool needsApproval, UserAccess caller, IdentityDbContext db, AuditLog audit)
    {
        if (organization.Kind != OrganizationKinds.Customer)
        {
            return Problems.Conflict(SupportAccessProblems.OnlyCustomers, "supportAccessNeedsApproval");
        }

        if (organization.Independent && !needsApproval)
        {
            return Problems.Conflict(SupportAccessProblems.IndependentAlwaysDecides, "supportAccessNeedsApproval");
        }

        if (organization.SupportAccessNeedsApproval != needsApproval)
        {
            organization.SupportAccessNeedsApproval = needsApproval;
            audit.Add(db, AuditActions.SecurityPolicyChanged, organization.Id, caller.User.Id,
                details: needsApproval
                    ? new("support access needs approval", "Supportzugriff erfordert Zustimmung")
                    : new("support access without approval", "Supportzugriff ohne Zustimmung"));
        }

        return null;
    }
}
