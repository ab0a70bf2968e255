using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Contracts.Identity;

namespace Identity.Api.Apis;

/// <summary>The signed-in user's own profile.</summary>
public static class MeApi
{
    public const int PhoneMaxLength = 50;
    public const int SalutationMaxLength = 50;

    public static RouteGroupBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/me").WithTags("Me").RequireAuthorization();
        api.MapGet("/", GetMe).WithName("GetMe").WithSummary("Who am I: profile, organization, role and permissions");
        api.MapGet("/access", GetAccess).WithName("GetMyAccess")
            .WithSummary("The caller's whole current scope, as UserAccessChanged tells it: for a service its events have not reached yet");
        api.MapPatch("/", UpdateMe).WithName("UpdateMe").WithSummary("Change names, salutation, phones or language");
        return api;
    }

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMe(
        ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await Caller.LoadAsync(principal, db, cancellationToken) is { } caller
            ? TypedResults.Ok(ToResponse(caller, clock.GetUtcNow()) with { Impersonator = await ImpersonatorOf.LoadAsync(principal, db, cancellationToken) })
            : Problems.NotSignedIn();

    /// <summary>
    /// Tenants and assets ask this with the caller's own token when they know no scope for a new user yet,
    /// so that they never answer with a wider scope than identity gives (they fail closed otherwise).
    /// </summary>
    public static async Task<Results<Ok<UserAccessChanged>, ProblemHttpResult>> GetAccess(
        ClaimsPrincipal principal, IdentityDbContext db, CancellationToken cancellationToken) =>
        await Caller.LoadAsync(principal, db, cancellationToken) is { } caller
            ? TypedResults.Ok(AccessEvents.Describe(caller.User, caller.Organization.Kind, caller.Permissions))
            : Problems.NotSignedIn();

    public static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> UpdateMe(
        UpdateMeRequest request, ClaimsPrincipal principal, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var validation = new Validation()
            .Name("firstName", request.FirstName, required: false).Name("lastName", request.LastName, required: false)
            .Language("language", request.Language, required: false)
            .MaxLength("salutation", request.Salutation, SalutationMaxLength)
            .MaxLength("phoneNumber", request.PhoneNumber, PhoneMaxLength)
            .MaxLength("mobilePhone", request.MobilePhone, PhoneMaxLength);
        if (!validation.IsValid)
        {
            return validation.ToProblem();
        }

        var user = caller.User;
        user.FirstName = request.FirstName?.Trim() ?? user.FirstName;
        user.LastName = request.LastName?.Trim() ?? user.LastName;
        user.Language = request.Language ?? user.Language;
        user.Salutation = request.Salutation is null ? user.Salutation : EmptyAsNull(request.Salutation);
        user.PhoneNumber = request.PhoneNumber is null ? user.PhoneNumber : EmptyAsNull(request.PhoneNumber);
        user.MobilePhone = request.MobilePhone is null ? user.MobilePhone : EmptyAsNull(request.MobilePhone);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(caller, clock.GetUtcNow()) with { Impersonator = await ImpersonatorOf.LoadAsync(principal, db, cancellationToken) });
    }

    private static string? EmptyAsNull(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static MeResponse ToResponse(UserAccess access, DateTimeOffset now)
    {
        var user = access.User;
        return new MeResponse(
            user.Id, user.Email!, user.UserName!, user.FirstName, user.LastName, user.Salutation, user.PhoneNumber, user.MobilePhone,
            user.Language, user.OrganizationId, access.Organization.Kind, user.Role, access.Permissions, user.PendingEmailAt(now),
            access.IsProviderStaff ? [] : user.PortalAreas,
            access.IsProviderStaff || user.ObjectIds.Count == 0 ? null : user.ObjectIds);
    }
}
