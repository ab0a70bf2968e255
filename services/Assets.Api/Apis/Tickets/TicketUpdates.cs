using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Assets;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.Apis.Tickets;

/// <summary>
/// Working a ticket. Provider staff with tickets.manage move it along the whole workflow and assign it;
/// customers' moderators and administrators (tickets.manage) resolve, close and reopen from their side;
/// the author may still edit title, description and priority. Each change is a history entry.
/// </summary>
public static class TicketUpdates
{
    public static async Task<Results<Ok<TicketResponse>, ValidationProblem, ProblemHttpResult>> UpdateTicket(
        Guid id, UpdateTicketRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == id && t.ArchivedAt == null, cancellationToken);
        if (ticket is null)
        {
            return Problems.NotFound(NotFoundProblems.Ticket);
        }

        var errors = new ValidationErrors();
        var status = errors.OneOf("status", request.Status, TicketStatuses.All);
        var priority = errors.OneOf("priority", request.Priority, TicketPriorities.All);
        var title = request.Title is null ? null : errors.RequiredText("title", request.Title, Ticket.TitleMaxLength);
        var description = request.Description is null ? null : errors.OptionalText("description", request.Description, Ticket.DescriptionMaxLength) ?? "";
        if (request.AssigneeId is not null && request.Unassign is true)
        {
            errors.Add("assigneeId", TicketProblems.AssignAndUnassign);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var manages = scope.Has(Permissions.TicketsManage);
        var editsContent = priority is not null || title is not null || description is not null;
        var assigns = request.AssigneeId is not null || request.Unassign is true;
        if (status is not null && !(manages && (scope.IsProviderStaff || TicketStatuses.CustomerMayMoveTo(status))))
        {
            return Problems.Forbidden(manages ? TicketProblems.StatusChangeByProvider : TicketProblems.StatusChangeNeedsManage);
        }

        if (assigns && !(manages && scope.IsProviderStaff))
        {
            return Problems.Forbidden(TicketProblems.AssigningByStaffOnly);
        }

        if (editsContent && !(manages || ticket.CreatedBy == scope.UserId))
        {
            return Problems.Forbidden(TicketProblems.EditingByAuthorOnly);
        }

        // Checked after the caller's right to assign, so that whether an id exists is only ever told to
        // those who may assign; another customer's user and an id nobody has get the same answer.
        if (request.AssigneeId is { } assignee && !await IsActiveStaffAsync(db, assignee, ticket.ProviderId, cancellationToken))
        {
            return Problems.Invalid("assigneeId", TicketProblems.NotProviderStaff);
        }

        if (status is not null && !TicketStatuses.CanMove(ticket.Status, status))
        {
            return Problems.Conflict(AssetsProblems.IllegalStatusChange.WithDetail(RecordKinds.Ticket, ticket.Status, status), "status");
        }

        var now = clock.GetUtcNow();
        var history = new TicketHistory(db, ticket.Id, scope.UserId, now);
        if (status is not null)
        {
            var previous = ticket.Status;
            history.Record(TicketHistoryChanges.Status, previous, status);
            ticket.Status = status;
            ticket.ResolvedAt = status == TicketStatuses.Resolved ? now : status == TicketStatuses.Open ? null : ticket.ResolvedAt;
            ticket.ClosedAt = status == TicketStatuses.Closed ? now : null;
            db.AddIntegrationEvent(new TicketStatusChanged(
                ticket.Id, ticket.CustomerId, ticket.ObjectId, ticket.DeviceId, ticket.ProviderId, ticket.Title, previous, status, scope.UserId), clock);
        }

        var changed = history.Record(TicketHistoryChanges.Priority, ticket.Priority, priority ?? ticket.Priority)
            | history.Record(TicketHistoryChanges.Title, ticket.Title, title ?? ticket.Title)
            | history.Record(TicketHistoryChanges.Description, ticket.Description, description ?? ticket.Description);
        var assigneeId = request.Unassign is true ? null : request.AssigneeId ?? ticket.AssigneeId;
        changed |= history.Record(TicketHistoryChanges.Assignee, ticket.AssigneeId?.ToString(), assigneeId?.ToString());
        ticket.Priority = priority ?? ticket.Priority;
        ticket.Title = title ?? ticket.Title;
        ticket.Description = description ?? ticket.Description;
        ticket.AssigneeId = assigneeId;
        if (changed)
        {
            db.AddIntegrationEvent(new TicketUpdated(
                ticket.Id, ticket.CustomerId, ticket.ObjectId, ticket.DeviceId, ticket.ProviderId, ticket.Title, ticket.Priority, ticket.AssigneeId, scope.UserId), clock);
        }

        ticket.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(TicketProblems.ChangedMeanwhile);
        }

        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> ArchiveTicket(
        Guid id, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return Problems.NotFound(NotFoundProblems.Ticket);
        }

        if (ticket.ArchivedAt is not null || ticket.Status != TicketStatuses.Closed)
        {
            return Problems.Conflict(ticket.ArchivedAt is null ? TicketProblems.NotClosed.WithDetail(ticket.Status) : TicketProblems.ArchivedAlready);
        }

        var now = clock.GetUtcNow();
        ticket.ArchivedAt = now;
        ticket.UpdatedAt = now;
        new TicketHistory(db, ticket.Id, scope.UserId, now).Record(TicketHistoryChanges.Archived, null, "archived");
        db.AddIntegrationEvent(new TicketArchived(ticket.Id, ticket.CustomerId, ticket.ObjectId, ticket.DeviceId, ticket.ProviderId), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    /// <summary>Someone assets knows as a customer user, or as staff of another provider, cannot be assigned.</summary>
    private static Task<bool> IsActiveStaffAsync(AssetsDbContext db, Guid userId, Guid providerId, CancellationToken cancellationToken) =>
        db.UserScopes.AnyAsync(s => s.UserId == userId && s.Active && s.Role != ""
            && s.OrganizationKind == OrganizationKinds.Provider && s.OrganizationId == providerId, cancellationToken);
}
