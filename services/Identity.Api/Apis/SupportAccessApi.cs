using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Apis;

/// <summary>
/// Support access on request (DOMAIN.md, "Support access"): provider staff ask a customer that decides on it to let
/// them view its portal as one of its users for a while; the customer's administrators approve or refuse, and may
/// end an approved window at any time. Every step is in the customer's audit log.
/// </summary>
public static partial class SupportAccessApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The customer portal's page where administrators answer requests (the link in the mail).</summary>
    public const string AnswerPath = "support-access";

    public static RouteGroupBuilder MapSupportAccessApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/support-access-requests").WithTags("Support access").RequireAuthorization();
        api.MapPost("/", Create).ProducesProblem(StatusCodes.Status409Conflict).WithName("RequestSupportAccess")
            .WithSummary("Provider staff ask a customer for a window (15 minutes to 8 hours, read-only or full) to view its portal as one of its users");
        api.MapGet("/", List).WithName("ListSupportAccessRequests")
            .WithSummary("The requests the caller may see, newest first: a customer's administrators their own, staff those of the customers they see; filter by customerId and status");
        api.MapGet("/current", Current).WithMetadata(new SupportAccessCheckEndpoint()).ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCurrentSupportAccess")
            .WithSummary("With a token issued under a customer's approval: that approval, while it is open (the services ask this)");
        api.MapGet("/{id:guid}", Get).WithName("GetSupportAccessRequest").WithSummary("One request");
        api.MapPost("/{id:guid}/approve", Approve).ProducesProblem(StatusCodes.Status409Conflict).WithName("ApproveSupportAccess")
            .WithSummary("The customer's administrator approves: the window starts now");
        api.MapPost("/{id:guid}/refuse", Refuse).ProducesProblem(StatusCodes.Status409Conflict).WithName("RefuseSupportAccess")
            .WithSummary("The customer's administrator refuses, optionally saying why");
        api.MapPost("/{id:guid}/end", End).ProducesProblem(StatusCodes.Status409Conflict).WithName("EndSupportAccess")
            .WithSummary("The customer ends an approved window, or the requester ends or withdraws their own; tokens issued under it stop working");
        return api;
    }

    public static async Task<Results<Created<SupportAccessResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CreateSupportAccessRequest? request, ClaimsPrincipal principal, IdentityDbContext db, AuditLog audit, PublicUrl publicUrl, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (principal.GetImpersonation() is not null)
        {
            return Problems.Forbidden(AccessProblems.ImpersonationWithinImpersonation);
        }

        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var validation = new Validation();
        if (request?.CustomerId is null)
        {
            validation.Add("customerId", CommonFieldMessages.Required);
        }

        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > SupportAccessRequest.ReasonMaxLength)
        {
            validation.Add("reason", CommonFieldMessages.RequiredText.Format(SupportAccessRequest.ReasonMaxLength));
        }

        if (request?.DurationMinutes is not (>= SupportAccessRequest.MinimumMinutes and <= SupportAccessRequest.MaximumMinutes))
        {
            validation.Add("durationMinutes", SupportAccessProblems.Duration.Format(SupportAccessRequest.MinimumMinutes, SupportAccessRequest.MaximumMinutes));
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var fullAccess = request!.FullAccess ?? false;
        var customer = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.CustomerId, cancellationToken);
        var decision = SupportAccessRules.ToRequest(caller, customer, fullAccess);
        if (!decision.IsAllowed)
        {
            return decision.ToProblem();
        }

        if (request.UserId is { } userId && !await CanBeViewedAsAsync(db, customer!.Id, userId, cancellationToken))
        {
            return Problems.FieldRefused("userId", SupportAccessProblems.NotAUserOfTheCustomer);
        }

        var now = clock.GetUtcNow();
        if (await SupportAccessWindows.HasOpenAsync(db, caller.User.Id, customer!.Id, now, cancellationToken))
        {
            return Problems.Conflict(SupportAccessProblems.AlreadyOpen);
        }

        var created = new SupportAccessRequest
        {
            Id = Guid.CreateVersion7(now),
            CustomerId = customer.Id,
            ProviderId = caller.Organization.Id,
            RequestedByUserId = caller.User.Id,
            SubjectUserId = request.UserId,
            Reason = reason!,
            DurationMinutes = request.DurationMinutes!.Value,
            FullAccess = fullAccess,
            RequestedAt = now,
        };
        db.SupportAccessRequests.Add(created);
        audit.Add(db, AuditActions.SupportAccessRequested, customer.Id, caller.User.Id, created.SubjectUserId, SupportAccessAuditDetails.Request(created));
        db.AddIntegrationEvent(new SupportAccessRequested(
            created.Id, customer.Id, $"{caller.User.FirstName} {caller.User.LastName}".Trim(), caller.Organization.Name, created.Reason,
            created.DurationMinutes, created.FullAccess, publicUrl.Combine(AnswerPath).AbsoluteUri, now), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/identity/support-access-requests/{created.Id}", await SupportAccessResponses.OneAsync(db, created, now, cancellationToken));
    }

    public static async Task<Results<Ok<SupportAccessPageResponse>, ValidationProblem, ProblemHttpResult>> List(
        [FromQuery] string? customerId, [FromQuery] string? status, [FromQuery] string? page, [FromQuery] string? pageSize,
        ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var validation = new Validation();
        var customer = QueryValues.Id(validation, "customerId", customerId, SupportAccessProblems.NotACustomerId);
        var pageNumber = QueryValues.Number(validation, "page", page, 1, int.MaxValue / MaxPageSize) ?? 1;
        var size = QueryValues.Number(validation, "pageSize", pageSize, 1, MaxPageSize) ?? DefaultPageSize;
        if (status is not null && !SupportAccessStatus.All.Contains(status))
        {
            validation.Add("status", SupportAccessProblems.UnknownStatus.Format(string.Join(", ", SupportAccessStatus.All)));
        }

        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var visible = await SupportAccessResponses.CustomersVisibleToAsync(caller, db, cancellationToken);
        if (visible is null)
        {
            return Problems.Forbidden(AccessProblems.NeedsPermission.WithDetail(caller.IsProviderStaff ? Permissions.UsersImpersonate : Permissions.TeamManage));
        }

        var now = clock.GetUtcNow();
        var requests = db.SupportAccessRequests.AsNoTracking().Where(r => visible.Contains(r.CustomerId));
        if (customer is { } wanted)
        {
            requests = requests.Where(r => r.CustomerId == wanted);
        }

        if (status is not null)
        {
            requests = requests.Where(SupportAccessWindows.InState(status, now));
        }

        var total = await requests.CountAsync(cancellationToken);
        var items = await requests.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SupportAccessPageResponse(await SupportAccessResponses.ManyAsync(db, items, now, cancellationToken), pageNumber, size, total));
    }

    /// <summary>Reached only while the window is open: the impersonation guard refuses the token once it has ended.</summary>
    public static async Task<Results<Ok<SupportAccessResponse>, ProblemHttpResult>> Current(
        ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = principal.GetImpersonation()?.SupportAccessId is { } id
            ? await db.SupportAccessRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;
        return request is null
            ? Problems.NotFound()
            : TypedResults.Ok(await SupportAccessResponses.OneAsync(db, request, clock.GetUtcNow(), cancellationToken));
    }

    public static async Task<Results<Ok<SupportAccessResponse>, ProblemHttpResult>> Get(
        Guid id, ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var found = await FindAsync(db, id, cancellationToken);
        return found is not null && SupportAccessRules.CanRead(caller, found.Customer)
            ? TypedResults.Ok(await SupportAccessResponses.OneAsync(db, found.Request, clock.GetUtcNow(), cancellationToken))
            : Problems.NotFound();
    }

    private sealed record Found(SupportAccessRequest Request, Organization Customer);

    private static async Task<Found?> FindAsync(
        IdentityDbContext db, Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var requests = tracked ? db.SupportAccessRequests : db.SupportAccessRequests.AsNoTracking();
        var request = await requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var customer = request is null ? null : await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.CustomerId, cancellationToken);
        return request is not null && customer is not null ? new Found(request, customer) : null;
    }

    /// <summary>A user of the customer who can sign in: the only kind there is something to view as.</summary>
    private static async Task<bool> CanBeViewedAsAsync(IdentityDbContext db, Guid customerId, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.OrganizationId == customerId, cancellationToken);
        return await UserAccess.LoadAsync(db, user, cancellationToken) is { CanSignIn: true };
    }
}
