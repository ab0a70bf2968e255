using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Apis;

/// <summary>Answering a request (the customer's administrators) and ending it (the customer, or the requester).</summary>
public static partial class SupportAccessApi
{
    public static async Task<Results<Ok<SupportAccessResponse>, ValidationProblem, ProblemHttpResult>> Approve(
        Guid id, ApproveSupportAccessRequest? body, ClaimsPrincipal principal, IdentityDbContext db, AuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        await DecideAsync(id, principal, db, clock, async (caller, request, now) =>
        {
            var viewAs = body?.UserId ?? request.SubjectUserId ?? caller.User.Id;
            if (!await CanBeViewedAsAsync(db, request.CustomerId, viewAs, cancellationToken))
            {
                return Problems.FieldRefused("userId", SupportAccessProblems.NotAUserOfTheCustomer);
            }

            request.Approved = true;
            request.SubjectUserId = viewAs;
            request.ApprovedUntil = now.AddMinutes(request.DurationMinutes);
            audit.Add(db, AuditActions.SupportAccessApproved, request.CustomerId, caller.User.Id, viewAs,
                SupportAccessAuditDetails.Approved(request));
            return null;
        }, cancellationToken);

    public static async Task<Results<Ok<SupportAccessResponse>, ValidationProblem, ProblemHttpResult>> Refuse(
        Guid id, RefuseSupportAccessRequest? body, ClaimsPrincipal principal, IdentityDbContext db, AuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken) =>
        await DecideAsync(id, principal, db, clock, (caller, request, _) =>
        {
            var reason = body?.Reason?.Trim();
            if (reason is { Length: > SupportAccessRequest.ReasonMaxLength })
            {
                return Task.FromResult<ProblemHttpResult?>(Problems.FieldRefused("reason", CommonFieldMessages.TooLong.Format(SupportAccessRequest.ReasonMaxLength)));
            }

            request.Approved = false;
            request.RefusalReason = string.IsNullOrEmpty(reason) ? null : reason;
            audit.Add(db, AuditActions.SupportAccessRefused, request.CustomerId, caller.User.Id, request.SubjectUserId,
                SupportAccessAuditDetails.Refused(request));
            return Task.FromResult<ProblemHttpResult?>(null);
        }, cancellationToken);

    public static async Task<Results<Ok<SupportAccessResponse>, ProblemHttpResult>> End(
        Guid id, ClaimsPrincipal principal, IdentityDbContext db, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, request, refused) = await ToChangeAsync(id, principal, db, SupportAccessRules.ToEnd, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var status = request.Status(now);
        // The customer ends a window; the requester ends theirs or withdraws one not answered yet.
        var withdrawing = status == SupportAccessStatus.Pending && request.RequestedByUserId == caller.User.Id;
        if (status != SupportAccessStatus.Active && !withdrawing)
        {
            return Problems.Conflict(SupportAccessProblems.NothingToEnd.WithDetail(status));
        }

        request.EndedAt = now;
        request.EndedByUserId = caller.User.Id;
        audit.Add(db, withdrawing ? AuditActions.SupportAccessWithdrawn : AuditActions.SupportAccessEnded, request.CustomerId, caller.User.Id,
            request.SubjectUserId, SupportAccessAuditDetails.RequestedBy(request));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await SupportAccessResponses.OneAsync(db, request, now, cancellationToken));
    }

    /// <summary>Approving and refusing: only a pending request, only by the customer's administrators.</summary>
    private static async Task<Results<Ok<SupportAccessResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock,
        Func<UserAccess, SupportAccessRequest, DateTimeOffset, Task<ProblemHttpResult?>> decide, CancellationToken cancellationToken)
    {
        var (caller, request, refused) = await ToChangeAsync(id, principal, db, (caller, customer, _) => SupportAccessRules.ToDecide(caller, customer), cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        if (request.Status(now) is var status && status != SupportAccessStatus.Pending)
        {
            return Problems.Conflict(SupportAccessProblems.NotPending.WithDetail(status));
        }

        if (await decide(caller, request, now) is { } invalid)
        {
            return invalid;
        }

        request.DecidedAt = now;
        request.DecidedByUserId = caller.User.Id;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await SupportAccessResponses.OneAsync(db, request, now, cancellationToken));
    }

    private sealed record Change(UserAccess Caller, SupportAccessRequest Request, ProblemHttpResult? Refused);

    /// <summary>
    /// The request to answer or end (tracked), and who does it: never from within a "view as", only someone signed
    /// in whom <paramref name="rule"/> allows; else <see cref="Change.Refused"/> says why.
    /// </summary>
    private static async Task<Change> ToChangeAsync(
        Guid id, ClaimsPrincipal principal, IdentityDbContext db, Func<UserAccess, Organization, SupportAccessRequest, AccessDecision> rule,
        CancellationToken cancellationToken)
    {
        if (principal.GetImpersonation() is not null)
        {
            return new Change(null!, null!, Problems.Forbidden(AccessProblems.ImpersonationWithinImpersonation));
        }

        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return new Change(null!, null!, Problems.NotSignedIn());
        }

        if (await FindAsync(db, id, cancellationToken, tracked: true) is not { } found)
        {
            return new Change(caller, null!, Problems.NotFound());
        }

        var decision = rule(caller, found.Customer, found.Request);
        return new Change(caller, found.Request, decision.IsAllowed ? null : decision.ToProblem());
    }
}
