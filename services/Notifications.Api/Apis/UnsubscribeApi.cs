using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Notifications.Api.Model;
using Portal.ServiceDefaults.Errors;

namespace Notifications.Api.Apis;

/// <summary>
/// The one-click unsubscribe link of business mails (RFC 8058), anonymous because the signed token
/// is the proof. Only POST changes anything: mail scanners follow GET links, and a GET that
/// unsubscribed would switch categories off behind the user's back.
/// </summary>
public static class UnsubscribeApi
{
    public static RouteGroupBuilder MapUnsubscribeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/unsubscribe")
            .WithTags("Unsubscribe")
            .AllowAnonymous();

        api.MapGet("/", Show)
            .WithName("ShowUnsubscribe")
            .WithSummary("What the link would switch off; changes nothing");

        api.MapPost("/", Unsubscribe)
            .WithName("Unsubscribe")
            .WithSummary("Switch off the link's e-mail category for its user (one click, no sign-in)");

        return api;
    }

    public static async Task<Results<Ok<UnsubscribeResponse>, ContentHttpResult, ValidationProblem>> Show(
        string? token, HttpRequest request, NotificationsDbContext db, UnsubscribeTokens tokens, CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(db, token, cancellationToken) is not { } link)
        {
            return InvalidToken();
        }

        var (userId, category) = link;

        var preferences = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var response = new UnsubscribeResponse(category, MailCategories.IsOn(preferences, category));
        return WantsHtml(request) ? TypedResults.Content(ConfirmationPage(response), "text/html; charset=utf-8") : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<UnsubscribeResponse>, ContentHttpResult, ValidationProblem>> Unsubscribe(
        string? token, HttpRequest request, NotificationsDbContext db, UnsubscribeTokens tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(db, token, cancellationToken) is not { } link)
        {
            return InvalidToken();
        }

        var (userId, category) = link;

        // A deleted user's link changes nothing: nothing is sent to them any more, and nothing of theirs is kept.
        if (await db.Recipients.AnyAsync(r => r.UserId == userId, cancellationToken))
        {
            await PreferenceChanges.ChangeAsync(db, userId, p => MailCategories.SwitchOff(p, category), clock, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var response = new UnsubscribeResponse(category, false);
        return WantsHtml(request) ? TypedResults.Content(DonePage(category), "text/html; charset=utf-8") : TypedResults.Ok(response);
    }

    private static ValidationProblem InvalidToken() =>
        PortalProblems.Invalid("token", NotificationsFieldMessages.InvalidUnsubscribeLink);

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static string ConfirmationPage(UnsubscribeResponse response)
    {
        var category = WebUtility.HtmlEncode(response.Category);
        var state = response.Subscribed
            ? $"<p>Sie erhalten E-Mails der Kategorie „{category}“. / You receive e-mails of the category “{category}”.</p>"
              + "<form method=\"post\"><button type=\"submit\">Abbestellen / Unsubscribe</button></form>"
            : $"<p>E-Mails der Kategorie „{category}“ sind abbestellt. / E-mails of the category “{category}” are switched off.</p>";
        return Page(state);
    }

    private static string DonePage(string category)
    {
        var encoded = WebUtility.HtmlEncode(category);
        return Page($"<p>E-Mails der Kategorie „{encoded}“ sind abbestellt. / E-mails of the category “{encoded}” are switched off.</p>");
    }

    private static string Page(string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Portal</title></head><body>{body}</body></html>";
}
