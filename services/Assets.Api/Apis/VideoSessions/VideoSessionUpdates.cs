using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Assets;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.Apis.VideoSessions;

public static class VideoSessionUpdates
{
    public static async Task<Results<Ok<VideoSessionResponse>, ValidationProblem, ProblemHttpResult>> UpdateVideoSession(
        Guid id, UpdateVideoSessionRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var session = await db.VideoSessions.VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Problems.NotFound(NotFoundProblems.VideoSession);
        }

        var now = clock.GetUtcNow();
        var errors = new ValidationErrors();
        var status = errors.OneOf("status", request.Status, VideoSessionStatuses.All);
        if (request.ScheduledAt is not null || request.EndsAt is not null)
        {
            VideoSessionsApi.ValidateTimes(request.ScheduledAt, request.EndsAt, now, errors, scheduledAtRequired: false, session.ScheduledAt, session.EndsAt);
        }

        var participants = request.ParticipantIds is null ? null
            : await VideoSessionParticipants.CheckAsync(request.ParticipantIds, session.CustomerId, session.ProviderId, db, errors, cancellationToken);

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (status is not null && status != session.Status && !VideoSessionStatuses.CanMove(session.Status, status))
        {
            return Problems.Conflict(AssetsProblems.IllegalStatusChange.WithDetail(RecordKinds.VideoSession, session.Status, status), "status");
        }

        if ((request.ScheduledAt is not null || request.EndsAt is not null) && session.Status != VideoSessionStatuses.Scheduled)
        {
            return Problems.Conflict(VideoSessionProblems.NotScheduled, "scheduledAt");
        }

        var previous = session.Status;
        session.Status = status ?? session.Status;
        session.StartedAt = session.Status == VideoSessionStatuses.Live && previous != session.Status ? now : session.StartedAt;
        session.EndedAt = session.Status == VideoSessionStatuses.Ended && previous != session.Status ? now : session.EndedAt;
        session.ScheduledAt = request.ScheduledAt?.ToUniversalTime() ?? session.ScheduledAt;
        session.EndsAt = request.EndsAt?.ToUniversalTime() ?? session.EndsAt;
        if (participants is not null)
        {
            session.ParticipantIds = participants;
        }

        db.AddIntegrationEvent(new VideoSessionChanged(
            session.Id, session.CustomerId, session.ObjectId, session.DeviceId, session.TicketId, session.ProviderId, previous, session.Status, session.ScheduledAt), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VideoSessionResponse.From(session));
    }
}
