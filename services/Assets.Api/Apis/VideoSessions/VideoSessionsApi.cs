using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Assets;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Text;

namespace Assets.Api.Apis.VideoSessions;

public static class VideoSessionsApi
{
    private static readonly string[] SortKeys = ["scheduledAt", "status", "title"];

    public static RouteGroupBuilder MapVideoSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets/video-sessions").WithTags("Video sessions").RequireAuthorization();

        api.MapGet("/", ListVideoSessions).WithName("ListVideoSessions").WithSummary("The video sessions the caller may see, by start time")
            .RequireAccess(ReadAccess.VideoSessions);
        api.MapGet("/{id:guid}", GetVideoSession).WithName("GetVideoSession").WithSummary("One video session")
            .RequireAccess(ReadAccess.VideoSessions);
        api.MapPost("/", ScheduleVideoSession).ProducesProblem(StatusCodes.Status404NotFound).WithName("ScheduleVideoSession").WithSummary("Schedule a session for a ticket or a device")
            .RequireAccess(Permissions.VideoSessionsManage, PortalAreas.VideoSessions);
        api.MapPatch("/{id:guid}", VideoSessionUpdates.UpdateVideoSession).WithName("UpdateVideoSession").WithSummary("Start, end, cancel or move a session")
            .RequireAccess(Permissions.VideoSessionsManage, PortalAreas.VideoSessions);
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<VideoSessionResponse>>, ValidationProblem>> ListVideoSessions(
        [AsParameters] VideoSessionListParameters parameters, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var list = ListQuery.Parse(parameters.Page, parameters.PageSize, parameters.Sort, parameters.Text, SortKeys, defaultDescending: false, errors);
        var status = errors.OneOf("status", parameters.Status, VideoSessionStatuses.All);
        var objectId = errors.OptionalGuid("objectId", parameters.ObjectId);
        var deviceId = errors.OptionalGuid("deviceId", parameters.DeviceId);
        var ticketId = errors.OptionalGuid("ticketId", parameters.TicketId);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.VideoSessions.AsNoTracking().VisibleTo(scope);
        query = status is null ? query : query.Where(s => s.Status == status);
        query = objectId is null ? query : query.Where(s => s.ObjectId == objectId);
        query = deviceId is null ? query : query.Where(s => s.DeviceId == deviceId);
        query = ticketId is null ? query : query.Where(s => s.TicketId == ticketId);
        if (list.TextPattern is { } pattern)
        {
            query = query.Where(s => EF.Functions.ILike(s.Title, pattern, LikePattern.EscapeCharacter));
        }

        // A provider's objects and video sessions number thousands, not millions: counted exactly.
        var total = await ListTotal.CountAsync(query, cancellationToken);
        var ordered = list.SortKey switch
        {
            "status" => list.Descending ? query.OrderByDescending(s => s.Status) : query.OrderBy(s => s.Status),
            "title" => list.Descending ? query.OrderByDescending(s => s.Title) : query.OrderBy(s => s.Title),
            _ => list.Descending ? query.OrderByDescending(s => s.ScheduledAt) : query.OrderBy(s => s.ScheduledAt),
        };
        var items = await ordered.ThenBy(s => s.Id).Skip(list.Skip).Take(list.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<VideoSessionResponse>(list.Page, list.PageSize, total, items.Select(VideoSessionResponse.From).ToList()));
    }

    public static async Task<Results<Ok<VideoSessionResponse>, ProblemHttpResult>> GetVideoSession(
        Guid id, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var session = await db.VideoSessions.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? Problems.NotFound(NotFoundProblems.VideoSession) : TypedResults.Ok(VideoSessionResponse.From(session));
    }

    public static async Task<Results<Created<VideoSessionResponse>, ValidationProblem, ProblemHttpResult>> ScheduleVideoSession(
        ScheduleVideoSessionRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var title = errors.OptionalText("title", request.Title, VideoSession.TitleMaxLength);
        var now = clock.GetUtcNow();
        if (request.TicketId is null && request.DeviceId is null)
        {
            errors.Add("ticketId", VideoSessionProblems.TicketOrDeviceRequired);
        }

        ValidateTimes(request.ScheduledAt, request.EndsAt, now, errors, scheduledAtRequired: true);
        if (request.ParticipantIds?.Count > VideoSessionParticipants.Max)
        {
            errors.Add("participantIds", VideoSessionProblems.TooManyParticipants.Format(VideoSessionParticipants.Max));
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        Ticket? ticket = null;
        if (request.TicketId is { } ticketId)
        {
            ticket = await db.Tickets.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == ticketId && t.ArchivedAt == null, cancellationToken);
            if (ticket is null)
            {
                return Problems.NotFound(NotFoundProblems.Ticket);
            }
        }

        var deviceId = request.DeviceId ?? ticket?.DeviceId;
        Device? device = null;
        if (deviceId is not null)
        {
            device = await db.Devices.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(d => d.Id == deviceId && d.ArchivedAt == null, cancellationToken);
            if (device is null)
            {
                return Problems.NotFound(NotFoundProblems.Device);
            }

            if (ticket is not null && ticket.DeviceId is not null && ticket.DeviceId != device.Id)
            {
                return Problems.Invalid("deviceId", VideoSessionProblems.TicketAboutAnotherDevice);
            }
        }

        var customerId = ticket?.CustomerId ?? device!.CustomerId;
        var providerId = ticket?.ProviderId ?? device!.ProviderId;
        var participants = await VideoSessionParticipants.CheckAsync(request.ParticipantIds ?? [], customerId, providerId, db, errors, cancellationToken);
        if (participants is null)
        {
            return errors.ToProblem();
        }

        var session = new VideoSession
        {
            Id = Guid.CreateVersion7(now),
            ProviderId = providerId,
            CustomerId = customerId,
            ObjectId = ticket?.ObjectId ?? device!.ObjectId,
            DeviceId = device?.Id,
            TicketId = ticket?.Id,
            Title = title ?? ticket?.Title ?? device!.Name,
            Status = VideoSessionStatuses.Scheduled,
            ScheduledAt = request.ScheduledAt!.Value.ToUniversalTime(),
            EndsAt = request.EndsAt?.ToUniversalTime(),
            ParticipantIds = participants.Append(scope.UserId).Distinct().ToList(),
            CreatedBy = scope.UserId,
            CreatedAt = now,
        };
        db.VideoSessions.Add(session);
        db.AddIntegrationEvent(new VideoSessionScheduled(
            session.Id, session.CustomerId, session.ObjectId, session.DeviceId, session.TicketId, session.ProviderId, session.ScheduledAt, session.ParticipantIds), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assets/video-sessions/{session.Id}", VideoSessionResponse.From(session));
    }

    /// <summary>
    /// A start not in the past and an end after the start. A change gives only what moves: the other
    /// time is the session's <paramref name="currentStart"/> / <paramref name="currentEnd"/>.
    /// </summary>
    internal static void ValidateTimes(
        DateTimeOffset? scheduledAt, DateTimeOffset? endsAt, DateTimeOffset now, ValidationErrors errors, bool scheduledAtRequired,
        DateTimeOffset? currentStart = null, DateTimeOffset? currentEnd = null)
    {
        if (scheduledAt is null && scheduledAtRequired)
        {
            errors.Add("scheduledAt", VideoSessionProblems.StartRequired);
        }
        else if (scheduledAt is not null && scheduledAt < now.AddMinutes(-5))
        {
            errors.Add("scheduledAt", VideoSessionProblems.StartInThePast);
        }

        var start = scheduledAt ?? currentStart;
        var end = endsAt ?? currentEnd;
        if (end is not null && start is not null && end <= start)
        {
            if (endsAt is not null)
            {
                errors.Add("endsAt", VideoSessionProblems.EndNotAfterStart);
            }
            else
            {
                errors.Add("scheduledAt", VideoSessionProblems.StartNotBeforeEnd);
            }
        }
    }
}
