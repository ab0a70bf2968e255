using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Apis;

/// <summary>The signed-in user ends their sessions on other devices (a lost phone, a shared computer).</summary>
public static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/me/sessions").WithTags("Me").RequireAuthorization();
        api.MapPost("/end-others", EndOthers).WithName("EndOtherSessions")
            .WithSummary("End every session of the user except the one this request comes from");
        return api;
    }

    public static async Task<Results<Ok<SessionsEndedResponse>, ProblemHttpResult>> EndOthers(
        ClaimsPrincipal principal, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var user = caller.User;
        var ended = await Sessions.EndAsync(services.Db, user, Sessions.AuthorizationIdOf(principal), cancellationToken);
        services.Audit.Add(services.Db, AuditActions.SessionsEnded, user.OrganizationId, actorUserId: user.Id, subjectUserId: user.Id,
            details: new LocalizedText("{0} other sessions, at the user's request.", "{0} andere Sitzungen, auf Wunsch der Person.").Format(ended));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SessionsEndedResponse(ended));
    }
}
