using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Apis;

/// <summary>The caller's own in-app feed: only ever their own items, whoever they are.</summary>
public static class FeedApi
{
    private const int PageSize = 50;

    public static RouteGroupBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/me/feed")
            .WithTags("Feed")
            .RequireAuthorization();

        api.MapGet("/", GetFeed)
            .WithName("GetFeed")
            .WithSummary("The caller's newest notifications and how many are unread");

        api.MapGet("/unread-count", GetUnreadCount)
            .WithName("GetUnreadCount")
            .WithSummary("How many of the caller's notifications are unread");

        api.MapPost("/{id:guid}/read", MarkRead)
            .WithName("MarkFeedItemRead")
            .WithSummary("Mark one of the caller's notifications read");

        api.MapPost("/read", MarkAllRead)
            .WithName("MarkFeedRead")
            .WithSummary("Mark all of the caller's notifications read");

        return api;
    }

    public static async Task<Results<Ok<FeedResponse>, UnauthorizedHttpResult>> GetFeed(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        // One snapshot for both reads: an item arriving between them would otherwise count as unread
        // without being in the list (a badge of 1 over an empty feed).
        var strategy = db.Database.CreateExecutionStrategy();
        var feed = await strategy.ExecuteAsync(async () =>
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var items = await db.FeedItems.AsNoTracking()
                .Where(i => i.UserId == userId)
                .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
                .Take(PageSize)
                .Select(i => new FeedItemResponse(i.Id, i.Kind, i.Title, i.CreatedAt, i.ReadAt != null))
                .ToListAsync(cancellationToken);
            var unread = await db.FeedItems.CountAsync(i => i.UserId == userId && i.ReadAt == null, cancellationToken);
            return new FeedResponse(items, unread);
        });
        return TypedResults.Ok(feed);
    }

    public static async Task<Results<Ok<UnreadCountResponse>, UnauthorizedHttpResult>> GetUnreadCount(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var unread = await db.FeedItems.CountAsync(i => i.UserId == userId && i.ReadAt == null, cancellationToken);
        return TypedResults.Ok(new UnreadCountResponse(unread));
    }

    /// <summary>Someone else's item answers 404, as if it did not exist.</summary>
    public static async Task<Results<NoContent, NotFound, UnauthorizedHttpResult>> MarkRead(
        Guid id, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var item = await db.FeedItems.SingleOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        item.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, UnauthorizedHttpResult>> MarkAllRead(
        ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var now = clock.GetUtcNow();
        await db.FeedItems.Where(i => i.UserId == userId && i.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ReadAt, now), cancellationToken);
        return TypedResults.NoContent();
    }
}
