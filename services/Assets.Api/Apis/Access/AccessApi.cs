using Assets.Api.Infrastructure;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Security;

namespace Assets.Api.Apis.Access;

/// <summary>
/// "Who can see this, and why" for a device, object, ticket or video session, and the reverse for a person.
/// For provider staff and customer administrators (<c>users.read</c>) who see the record or the person themselves.
/// Every answer is worked out by the rules that answer the people's own requests (<see cref="ExplainedKind"/>).
/// </summary>
public static class AccessApi
{
    public static void MapAccessApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assets").WithTags("Who can see this").RequireAuthorization().RequirePermission(Permissions.UsersRead);
        MapItem(api, "devices", ExplainedKind.Device, "ExplainDeviceAccess");
        MapItem(api, "objects", ExplainedKind.Site, "ExplainObjectAccess");
        MapItem(api, "tickets", ExplainedKind.Ticket, "ExplainTicketAccess");
        MapItem(api, "video-sessions", ExplainedKind.VideoSession, "ExplainVideoSessionAccess");
        api.MapGet("/people/{userId:guid}/access", PersonAccessExplainer.ExplainAsync).WithName("ExplainPersonAccess")
            .WithSummary("What one person can see, and through which grant");
    }

    private static void MapItem(RouteGroupBuilder api, string collection, ExplainedKind kind, string name) =>
        api.MapGet($"/{collection}/{{id:guid}}/access",
                (Guid id, CallerScope scope, AssetsDbContext db, CallerScopeResolver resolver, CancellationToken cancellationToken) =>
                    ItemAccessExplainer.ExplainAsync(kind, id, scope, db, resolver, cancellationToken))
            .WithName(name)
            .WithSummary($"Who can see this {kind.Name.Replace('-', ' ')}, and why; and who of the caller's organization cannot")
            .Produces<ItemAccessResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAccess(kind.Access);
}
