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

namespace Assets.Api.Apis.Tickets;

public static class TicketsApi
{
    private static readonly string[] SortKeys = ["createdAt", "updatedAt", "priority", "status", "title"];

    public static RouteGroupBuilder MapTicketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets/tickets").WithTags("Tickets").RequireAuthorization();

        api.MapGet("/", ListTickets).WithName("ListTickets").WithSummary("The tickets the caller may see, newest first")
            .RequireAccess(ReadAccess.Tickets);
        api.MapGet("/{id:guid}", GetTicket).WithName("GetTicket").WithSummary("One ticket")
            .RequireAccess(ReadAccess.Tickets);
        api.MapPost("/", CreateTicket).ProducesProblem(StatusCodes.Status404NotFound).WithName("CreateTicket").WithSummary("Open a ticket about a device or an object")
            .RequireAccess(Permissions.TicketsCreate, PortalAreas.Tickets);
        api.MapPatch("/{id:guid}", TicketUpdates.UpdateTicket).WithName("UpdateTicket").WithSummary("Move a ticket in its workflow, assign it, edit it")
            .RequireAccess(ReadAccess.Tickets);
        api.MapPost("/{id:guid}/archive", TicketUpdates.ArchiveTicket).WithName("ArchiveTicket").WithSummary("Archive a closed ticket (provider staff)")
            .RequireStaffAccess(Permissions.TicketsManage);
        api.MapGet("/{id:guid}/comments", TicketConversation.ListComments).WithName("ListTicketComments").WithSummary("A ticket's comments, oldest first")
            .RequireAccess(ReadAccess.Tickets);
        api.MapPost("/{id:guid}/comments", TicketConversation.AddComment).WithName("AddTicketComment").WithSummary("Comment on a ticket")
            .RequireAccess(ReadAccess.Tickets);
        api.MapGet("/{id:guid}/history", TicketConversation.ListHistory).WithName("ListTicketHistory").WithSummary("Every change of a ticket, oldest first")
            .RequireAccess(ReadAccess.Tickets);
        return api;
    }

    public static async Task<Results<Ok<PagedResponse<TicketResponse>>, ValidationProblem>> ListTickets(
        [AsParameters] TicketListParameters parameters, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var list = ListQuery.Parse(parameters.Page, parameters.PageSize, parameters.Sort, parameters.Text, SortKeys, defaultDescending: true, errors);
        var status = errors.OneOf("status", parameters.Status, TicketStatuses.All);
        var priority = errors.OneOf("priority", parameters.Priority, TicketPriorities.All);
        var objectId = errors.OptionalGuid("objectId", parameters.ObjectId);
        var deviceId = errors.OptionalGuid("deviceId", parameters.DeviceId);
        var customerId = errors.OptionalGuid("customerId", parameters.CustomerId);
        var assigneeId = errors.OptionalGuid("assigneeId", parameters.AssigneeId);
        errors.OptionalBoolean("archived", parameters.Archived);
        var after = TicketCursor.Parse(parameters.After, list, errors);
        if (after is not null && parameters.Page is not null)
        {
            errors.Add("page", TicketProblems.PageAndCursor);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var archived = parameters.Archived is "true";
        var query = db.Tickets.AsNoTracking().VisibleTo(scope).Where(t => (t.ArchivedAt != null) == archived);
        if (status is not null)
        {
            query = query.Where(t => t.Status == status);
        }

        if (priority is not null)
        {
            query = query.Where(t => t.Priority == priority);
        }

        if (objectId is not null)
        {
            query = query.Where(t => t.ObjectId == objectId);
        }

        if (deviceId is not null)
        {
            query = query.Where(t => t.DeviceId == deviceId);
        }

        if (customerId is not null)
        {
            query = query.Where(t => t.CustomerId == customerId);
        }

        if (assigneeId is not null)
        {
            query = query.Where(t => t.AssigneeId == assigneeId);
        }

        if (list.TextPattern is { } pattern)
        {
            query = await TicketSearch.MatchingAsync(query, pattern, scope, customerId, db, cancellationToken);
        }

        var total = CounterTotals.Answer(scope, archived, objectId is not null || deviceId is not null || assigneeId is not null || list.TextPattern is not null)
            ? await TicketTotals.FromCountersAsync(db, scope, status, priority, customerId, cancellationToken)
            : await ListTotal.CountAsync(query, cancellationToken);
        // The key, then newest (or oldest) first and the id, all one way: an index serves each sort in both directions.
        var descending = list.Descending;
        var ordered = list.SortKey switch
        {
            "updatedAt" => query.SortBy(t => t.UpdatedAt, descending),
            // Urgency, not the alphabet: low < normal < high < urgent.
            "priority" => query.SortBy(t => t.PriorityRank, descending),
            "status" => query.SortBy(t => t.StatusRank, descending),
            "title" => query.SortBy(t => t.Title, descending),
            _ => query.SortBy(t => t.CreatedAt, descending),
        };
        ordered = ordered.ThenSortBy(t => t.CreatedAt, descending).ThenSortBy(t => t.Id, descending);
        // One row more than the page says whether there is a next one.
        var rows = await (after is null ? ordered.Skip(list.Skip) : after.Seek(ordered, list, scope.OnlyCustomer(customerId)))
            .Take(list.PageSize + 1).ToListAsync(cancellationToken);
        var items = rows.Take(list.PageSize).ToList();
        var next = rows.Count > list.PageSize ? TicketCursor.After(items[^1], list) : null;
        return TypedResults.Ok(new PagedResponse<TicketResponse>(list.Page, list.PageSize, total, items.Select(TicketResponse.From).ToList(), next));
    }

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> GetTicket(
        Guid id, CallerScope scope, AssetsDbContext db, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return ticket is null ? Problems.NotFound(NotFoundProblems.Ticket) : TypedResults.Ok(TicketResponse.From(ticket));
    }

    public static async Task<Results<Created<TicketResponse>, ValidationProblem, ProblemHttpResult>> CreateTicket(
        CreateTicketRequest request, CallerScope scope, AssetsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.TemplateId is { } templateId)
        {
            // Templates are the provider's: for customer users they do not exist.
            var template = scope.IsProviderStaff
                ? await db.Templates.AsNoTracking().FirstOrDefaultAsync(
                    t => t.Id == templateId && t.ProviderId == scope.OrganizationId && t.Kind == TemplateKinds.Ticket && t.ArchivedAt == null, cancellationToken)
                : null;
            if (template is null)
            {
                return Problems.NotFound(NotFoundProblems.TicketTemplate);
            }

            request = request with
            {
                Title = request.Title ?? template.Title ?? template.Name,
                Description = request.Description ?? template.Description,
                Priority = request.Priority ?? template.Priority,
            };
        }

        var errors = new ValidationErrors();
        var title = errors.RequiredText("title", request.Title, Ticket.TitleMaxLength);
        var description = errors.OptionalText("description", request.Description, Ticket.DescriptionMaxLength) ?? "";
        var priority = errors.OneOf("priority", request.Priority, TicketPriorities.All) ?? TicketPriorities.Normal;
        if (request.DeviceId is null && request.ObjectId is null)
        {
            errors.Add("deviceId", TicketProblems.DeviceOrObjectRequired);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // About a device: the device's object and customer. About an object: that object's customer.
        Guid customerId, objectId, providerId;
        if (request.DeviceId is { } deviceId)
        {
            var device = await db.Devices.AsNoTracking().VisibleTo(scope)
                .FirstOrDefaultAsync(d => d.Id == deviceId && d.ArchivedAt == null, cancellationToken);
            if (device is null)
            {
                return Problems.NotFound(NotFoundProblems.Device);
            }

            if (request.ObjectId is { } given && given != device.ObjectId)
            {
                return Problems.Invalid("objectId", TicketProblems.DeviceAtAnotherObject);
            }

            (customerId, objectId, providerId) = (device.CustomerId, device.ObjectId, device.ProviderId);
        }
        else
        {
            var site = await db.Objects.AsNoTracking().VisibleTo(scope)
                .FirstOrDefaultAsync(o => o.Id == request.ObjectId && o.ArchivedAt == null, cancellationToken);
            if (site is null)
            {
                return Problems.NotFound(NotFoundProblems.Site);
            }

            (customerId, objectId, providerId) = (site.CustomerId, site.Id, site.ProviderId);
        }

        var now = clock.GetUtcNow();
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(now),
            ProviderId = providerId,
            CustomerId = customerId,
            ObjectId = objectId,
            DeviceId = request.DeviceId,
            Title = title,
            Description = description,
            Priority = priority,
            Status = TicketStatuses.Open,
            CreatedBy = scope.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Tickets.Add(ticket);
        db.TicketHistory.Add(new TicketHistoryEntry { TicketId = ticket.Id, ActorId = scope.UserId, Change = TicketHistoryChanges.Created, To = TicketStatuses.Open, At = now });
        db.AddIntegrationEvent(new TicketCreated(ticket.Id, ticket.CustomerId, ticket.ObjectId, ticket.DeviceId, ticket.ProviderId, ticket.Title, ticket.Priority, scope.UserId), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assets/tickets/{ticket.Id}", TicketResponse.From(ticket));
    }
}
