using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Portal.ServiceDefaults.Errors;

namespace Identity.Api.Apis;

/// <summary>
/// The signed-in user's own two-factor sign-in: an authenticator app (TOTP) and recovery codes.
/// Turning it off and replacing the recovery codes need the password and a code again, so that a
/// stolen token or an unlocked screen is not enough.
/// </summary>
public static class TwoFactorApi
{
    public static RouteGroupBuilder MapTwoFactorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/me/two-factor").WithTags("Two-factor").RequireAuthorization();
        api.MapGet("/", GetStatus).WithName("GetTwoFactor").WithSummary("Whether two-factor is on, required, and how many recovery codes are left");
        api.MapPost("/enrolment", StartEnrolment).ProducesProblem(StatusCodes.Status409Conflict).WithName("StartTwoFactorEnrolment").WithSummary("A new shared key, otpauth URI and QR code for an authenticator app");
        api.MapPost("/confirm", Confirm).ProducesProblem(StatusCodes.Status409Conflict).WithName("ConfirmTwoFactor").WithSummary("Turn two-factor on with a code from the app; answers the recovery codes, once");
        api.MapPost("/recovery-codes", RegenerateRecoveryCodes).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests).WithName("RegenerateRecoveryCodes").WithSummary("New recovery codes (password and code needed); the old ones stop working");
        api.MapDelete("/", Disable).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests).WithName("DisableTwoFactor").WithSummary("Turn two-factor off (password and code needed)");
        return api;
    }

    public static async Task<Results<Ok<TwoFactorStatusResponse>, ProblemHttpResult>> GetStatus(
        ClaimsPrincipal principal, [AsParameters] TwoFactorServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return Problems.NotSignedIn();
        }

        var user = caller.User;
        var left = user.TwoFactorEnabled ? await services.TwoFactor.RecoveryCodesLeftAsync(user) : 0;
        return TypedResults.Ok(new TwoFactorStatusResponse(user.TwoFactorEnabled, caller.Organization.RequireTwoFactor, left));
    }

    public static async Task<Results<Ok<TwoFactorEnrolmentResponse>, ProblemHttpResult>> StartEnrolment(
        ClaimsPrincipal principal, [AsParameters] TwoFactorServices services, CancellationToken cancellationToken)
    {
        if (await OwnAccountAsync(principal, services, cancellationToken) is not { } caller)
        {
            return NotOwnAccount(principal);
        }

        if (caller.User.TwoFactorEnabled)
        {
            return Problems.Conflict(TwoFactorProblems.AlreadyOnCannotEnrol);
        }

        var enrolment = await services.TwoFactor.StartEnrolmentAsync(caller.User);
        return TypedResults.Ok(new TwoFactorEnrolmentResponse(enrolment.SharedKey, enrolment.OtpauthUri, enrolment.QrCodeSvg));
    }

    public static async Task<Results<Ok<RecoveryCodesResponse>, ValidationProblem, ProblemHttpResult>> Confirm(
        TwoFactorConfirmRequest request, ClaimsPrincipal principal, [AsParameters] TwoFactorServices services, CancellationToken cancellationToken)
    {
        if (await OwnAccountAsync(principal, services, cancellationToken) is not { } caller)
        {
            return NotOwnAccount(principal);
        }

        if (caller.User.TwoFactorEnabled)
        {
            return Problems.Conflict(TwoFactorProblems.AlreadyOnConfirmed);
        }

        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return PortalProblems.Invalid("code", TwoFactorProblems.EnrolmentCodeRequired);
        }

        if (await services.TwoFactor.ConfirmAsync(caller.User, request.Code) is not { } recoveryCodes)
        {
            return PortalProblems.Invalid("code", TwoFactorProblems.EnrolmentCodeMismatch);
        }

        services.Audit.Add(services.Db, AuditActions.TwoFactorEnabled, caller.Organization.Id, caller.User.Id, caller.User.Id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RecoveryCodesResponse(recoveryCodes));
    }

    public static async Task<Results<Ok<RecoveryCodesResponse>, ProblemHttpResult>> RegenerateRecoveryCodes(
        TwoFactorReauthenticationRequest request, ClaimsPrincipal principal, [AsParameters] TwoFactorServices services, HttpContext context, CancellationToken cancellationToken)
    {
        if (await OwnAccountAsync(principal, services, cancellationToken) is not { } caller)
        {
            return NotOwnAccount(principal);
        }

        if (await TwoFactorReauthentication.RefuseAsync(caller.User, request, services, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return TypedResults.Ok(new RecoveryCodesResponse(await services.TwoFactor.NewRecoveryCodesAsync(caller.User)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Disable(
        [FromBody] TwoFactorReauthenticationRequest request, ClaimsPrincipal principal, [AsParameters] TwoFactorServices services, HttpContext context, CancellationToken cancellationToken)
    {
        if (await OwnAccountAsync(principal, services, cancellationToken) is not { } caller)
        {
            return NotOwnAccount(principal);
        }

        if (await TwoFactorReauthentication.RefuseAsync(caller.User, request, services, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await services.TwoFactor.DisableAsync(caller.User);
        services.Audit.Add(services.Db, AuditActions.TwoFactorDisabled, caller.Organization.Id, caller.User.Id, caller.User.Id);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The caller's own account, and only when they act as themselves (not impersonated by provider staff).</summary>
    private static async Task<UserAccess?> OwnAccountAsync(ClaimsPrincipal principal, TwoFactorServices services, CancellationToken cancellationToken) =>
        IsImpersonated(principal) ? null : await Caller.LoadAsync(principal, services.Db, cancellationToken);

    private static ProblemHttpResult NotOwnAccount(ClaimsPrincipal principal) => IsImpersonated(principal)
        ? Problems.Forbidden(TwoFactorProblems.OnlyThePersonThemselves)
        : Problems.NotSignedIn();

    private static bool IsImpersonated(ClaimsPrincipal principal) => principal.HasClaim(claim => claim.Type == "act");
}
