using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Notifications.Api.Model;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Apis;

/// <summary>
/// The choice of business e-mails (account mails are always sent): the caller's own, or a customer
/// administrator's for an employee.
/// </summary>
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

        // A customer administrator decides which e-mails an employee of their own organization gets;
        // provider staff who manage users do so for their managed (not independent) customers.
        var employees = app.MapGroup("/api/notifications/users/{userId:guid}/preferences")
            .WithTags("Preferences")
            .RequireAuthorization();

        employees.MapGet("/", GetEmployeePreferences)
            .WithName("GetEmployeePreferences")
            .WithSummary("Which business e-mail categories an employee of the caller's organization gets");

        employees.MapPut("/", PutEmployeePreferences)
            .WithName("PutEmployeePreferences")
            .WithSummary("Switch an employee's business e-mail categories on or off");

        return api;
    }

    /// <summary>Only users of an organization the caller administers; anyone else's answers 404.</summary>
    public static async Task<Results<Ok<PreferencesResponse>, NotFound, ForbidHttpResult>> GetEmployeePreferences(
        Guid userId, ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        switch (await IsEmployeeOfCallerAsync(userId, user, db, cancellationToken))
        {
            case null: return TypedResults.Forbid();
            case false: return TypedResults.NotFound();
        }

        return TypedResults.Ok(await ReadAsync(userId, db, cancellationToken));
    }

    public static async Task<Results<Ok<PreferencesResponse>, ValidationProblem, NotFound, ForbidHttpResult>> PutEmployeePreferences(
        Guid userId, PreferencesRequest request, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        switch (await IsEmployeeOfCallerAsync(userId, user, db, cancellationToken))
        {
            case null: return TypedResults.Forbid();
            case false: return TypedResults.NotFound();
        }

        var errors = Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await WriteAsync(userId, request.Categories!, db, clock, cancellationToken));
    }

    public static async Task<Results<Ok<PreferencesResponse>, UnauthorizedHttpResult>> GetPreferences(
        ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Ok(await ReadAsync(userId, db, cancellationToken));
    }

    public static async Task<Results<Ok<PreferencesResponse>, ValidationProblem, UnauthorizedHttpResult>> PutPreferences(
        PreferencesRequest request, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.GetUserId() is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var errors = Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await WriteAsync(userId, request.Categories!, db, clock, cancellationToken));
    }

    /// <summary>Null when the caller administers no one (403); false when the user is not one of theirs (404).</summary>
    private static async Task<bool?> IsEmployeeOfCallerAsync(Guid userId, ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.AdministeredOrganizationsAsync(user, Permissions.UsersManage, cancellationToken, managedOnly: true) is not { } organizations)
        {
            return null;
        }

        return await db.Recipients.AnyAsync(
            r => r.UserId == userId && r.OrganizationKind != OrganizationKinds.Provider && organizations.Contains(r.OrganizationId), cancellationToken);
    }

    private static async Task<PreferencesResponse> ReadAsync(Guid userId, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var preferences = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? new NotificationPreferences { UserId = userId };
        return ToResponse(preferences);
    }

    private static async Task<PreferencesResponse> WriteAsync(
        Guid userId, CategoriesRequest categories, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var preferences = await PreferenceChanges.ChangeAsync(db, userId, p =>
        {
            p.Devices = categories.Devices!.Value;
            p.Tickets = categories.Tickets!.Value;
            p.VideoSessions = categories.VideoSessions!.Value;
            p.Codes = categories.Codes!.Value;
        }, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(preferences);
    }

    private static FieldErrors Validate(PreferencesRequest request)
    {
        var required = NotificationsFieldMessages.RequiredBoolean;
        var errors = new FieldErrors();
        if (request.Categories is not { } categories)
        {
            errors.Add("categories", NotificationsFieldMessages.CategoriesRequired);
            return errors;
        }

        if (categories.Devices is null)
        {
            errors.Add("categories.devices", required);
        }

        if (categories.Tickets is null)
        {
            errors.Add("categories.tickets", required);
        }

        if (categories.VideoSessions is null)
        {
            errors.Add("categories.videoSessions", required);
        }

        if (categories.Codes is null)
        {
            errors.Add("categories.codes", required);
        }

        return errors;
    }

    private static PreferencesResponse ToResponse(NotificationPreferences preferences) =>
        new(new CategoriesResponse(preferences.Devices, preferences.Tickets, preferences.VideoSessions, preferences.Codes));
}
