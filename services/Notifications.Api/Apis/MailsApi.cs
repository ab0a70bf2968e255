using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Apis;

/// <summary>Delivery status of recorded mails: the caller's own, or those of the organizations they administer.</summary>
public static class MailsApi
{
    private const int PageSize = 50;

    public static RouteGroupBuilder MapMailsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications")
            .WithTags("Mails")
            .RequireAuthorization();

        api.MapGet("/mails", GetMails)
            .WithName("GetMails")
            .WithSummary("Mails to the users of the organizations the caller administers, newest first, with their delivery status");

        api.MapGet("/me/mails", GetMyMails)
            .WithName("GetMyMails")
            .WithSummary("The mails sent to the caller, newest first, with their delivery status");

        return api;
    }

    public static async Task<Results<Ok<MailPageResponse>, ValidationProblem, ForbidHttpResult>> GetMails(
        string? recipientUserId, string? status, string? page, ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Guid? recipient = null;
        if (!string.IsNullOrEmpty(recipientUserId))
        {
            if (Guid.TryParse(recipientUserId, out var parsed))
            {
                recipient = parsed;
            }
            else
            {
                errors.Add("recipientUserId", NotificationsFieldMessages.NotAUserId);
            }
        }

        var pageNumber = ValidateQuery(status, page, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.AdministeredOrganizationsAsync(user, Permissions.UsersRead, cancellationToken) is not { } organizations)
        {
            return TypedResults.Forbid();
        }

        var mails = db.Mails.AsNoTracking().Where(m => m.OrganizationId != null && organizations.Contains(m.OrganizationId.Value));
        if (recipient is { } recipientId)
        {
            mails = mails.Where(m => m.UserId == recipientId);
        }

        return TypedResults.Ok(await PageAsync(mails, status, pageNumber, cancellationToken));
    }

    public static async Task<Results<Ok<MailPageResponse>, ValidationProblem, UnauthorizedHttpResult>> GetMyMails(
        string? status, string? page, ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var errors = new FieldErrors();
        var pageNumber = ValidateQuery(status, page, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await PageAsync(db.Mails.AsNoTracking().Where(m => m.UserId == userId), status, pageNumber, cancellationToken));
    }

    private static int ValidateQuery(string? status, string? page, FieldErrors errors)
    {
        if (!string.IsNullOrEmpty(status) && !MailStatuses.All.Contains(status))
        {
            errors.Add("status", NotificationsFieldMessages.UnknownMailStatus.Format(string.Join(", ", MailStatuses.All)));
        }

        if (string.IsNullOrEmpty(page))
        {
            return 1;
        }

        if (!int.TryParse(page, out var number) || number < 1 || number > 100_000)
        {
            errors.Add("page", NotificationsFieldMessages.PageOutOfRange);
        }

        return number;
    }

    private static async Task<MailPageResponse> PageAsync(IQueryable<Mail> mails, string? status, int page, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(status))
        {
            mails = mails.WhereStatus(status);
        }

        var total = await mails.CountAsync(cancellationToken);
        var rows = await mails
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(m => new MailResponse(m.Id, m.Kind, m.Category, m.UserId, m.Recipient, m.Language, MailStatuses.Of(m.Status, m.Attempts), m.Attempts, m.CreatedAt, m.SentAt))
            .ToList();
        return new MailPageResponse(items, page, PageSize, total);
    }
}
