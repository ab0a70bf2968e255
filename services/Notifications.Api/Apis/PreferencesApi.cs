using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Apis;

/// <summary>The caller's own choice of business e-mails (account mails are always sent).</summary>
public static class PreferencesApi
{
    public static RouteGroupBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/me/preferences")
            .WithTags("Preferences")
            .RequireAuthorization();

        api.MapGet("/", GetPreferences)
            .WithName("GetPreferences")
            .WithSummary("Which business e-mail categories the caller gets (all on until changed)");

        api.MapPut("/", PutPreferences)
            .WithName("PutPreferences")
            .WithSummary("Switch the caller's business e-mail categories on or off");

        return api;
    }

    public static async Task<Results<Ok<PreferencesResponse>, UnauthorizedHttpResult>> GetPreferences(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var preferences = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? new NotificationPreferences { UserId = userId };
        return TypedResults.Ok(ToResponse(preferences));
    }

    public static async Task<Results<Ok<PreferencesResponse>, ValidationProblem, UnauthorizedHttpResult>> PutPreferences(
        PreferencesRequest request, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var categories = request.Categories!;
        var preferences = await db.Preferences.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preferences is null)
        {
            preferences = new NotificationPreferences { UserId = userId };
            db.Preferences.Add(preferences);
        }

        preferences.Devices = categories.Devices!.Value;
        preferences.Tickets = categories.Tickets!.Value;
        preferences.VideoSessions = categories.VideoSessions!.Value;
        preferences.Codes = categories.Codes!.Value;
        preferences.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(preferences));
    }

    private static Dictionary<string, string[]> Validate(PreferencesRequest request)
    {
        const string Required = "Required: true or false.";
        var errors = new Dictionary<string, string[]>();
        if (request.Categories is not { } categories)
        {
            errors["categories"] = ["Required: an object with devices, tickets, videoSessions and codes."];
            return errors;
        }

        if (categories.Devices is null)
        {
            errors["categories.devices"] = [Required];
        }

        if (categories.Tickets is null)
        {
            errors["categories.tickets"] = [Required];
        }

        if (categories.VideoSessions is null)
        {
            errors["categories.videoSessions"] = [Required];
        }

        if (categories.Codes is null)
        {
            errors["categories.codes"] = [Required];
        }

        return errors;
    }

    private static PreferencesResponse ToResponse(NotificationPreferences preferences) =>
        new(new CategoriesResponse(preferences.Devices, preferences.Tickets, preferences.VideoSessions, preferences.Codes));
}
