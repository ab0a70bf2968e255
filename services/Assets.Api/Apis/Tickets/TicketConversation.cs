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

/// <summary>Comments and the change history of a ticket.</summary>
public static class TicketConversation
{
    public static async Task<Results<Ok<CommentResponse[]>, ProblemHttpResult>> ListComments(
        Guid id, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Tickets.VisibleTo(scope).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return Problems.NotFound(NotFoundProblems.Ticket);
        }

        var comments = await db.TicketComments.AsNoTracking()
            .Where(c => c.TicketId == id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(comments.Select(CommentResponse.From).ToArray());
    }

    /// <summary>Whoever may open tickets (members) or work them may comment.</summary>
    public static async Task<Results<Created<CommentResponse>, ValidationProblem, ProblemHttpResult>> AddComment(
        Guid id, AddCommentRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == id && t.ArchivedAt == null, cancellationToken);
        if (ticket is null)
        {
            return Problems.NotFound(NotFoundProblems.Ticket);
        }

        if (!scope.Has(Permissions.TicketsCreate) && !scope.Has(Permissions.TicketsManage))
        {
            return Problems.Forbidden(TicketProblems.CommentingNotAllowed);
        }

        var errors = new ValidationErrors();
        var text = errors.RequiredText("text", request.Text, TicketComment.TextMaxLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var comment = new TicketComment
        {
            Id = Guid.CreateVersion7(now),
            TicketId = ticket.Id,
            AuthorId = scope.UserId,
            AuthorOrganizationKind = scope.IsProviderStaff ? OrganizationKinds.Provider : OrganizationKinds.Customer,
            Text = text,
            CreatedAt = now,
        };
        db.TicketComments.Add(comment);
        new TicketHistory(db, ticket.Id, scope.UserId, now).Record(TicketHistoryChanges.Comment, null, comment.Id.ToString());
        ticket.UpdatedAt = now;
        db.AddIntegrationEvent(new TicketCommentAdded(
            ticket.Id, comment.Id, ticket.CustomerId, ticket.ObjectId, ticket.DeviceId, ticket.ProviderId, ticket.Title, scope.UserId, text), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assets/tickets/{ticket.Id}/comments", CommentResponse.From(comment));
    }

    public static async Task<Results<Ok<HistoryEntryResponse[]>, ProblemHttpResult>> ListHistory(
        Guid id, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Tickets.VisibleTo(scope).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return Problems.NotFound(NotFoundProblems.Ticket);
        }

        var history = await db.TicketHistory.AsNoTracking()
            .Where(e => e.TicketId == id)
            .OrderBy(e => e.Id)
            .Select(e => new HistoryEntryResponse(e.Change, e.From, e.To, e.ActorId, e.At))
            .ToArrayAsync(cancellationToken);
        return TypedResults.Ok(history);
    }
}
