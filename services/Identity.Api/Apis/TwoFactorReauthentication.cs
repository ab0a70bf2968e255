using Identity.Api.Application;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Identity.Api.Apis;

/// <summary>Turning two-factor off and replacing recovery codes ask for the password and a code again.</summary>
public static class TwoFactorReauthentication
{
    /// <summary>
    /// Null when the password and the code are right, else the refusal. Wrong answers count toward
    /// the account's sign-in lockout, so that a stolen token cannot guess the password at leisure.
    /// </summary>
    public static async Task<ProblemHttpResult?> RefuseAsync(
        User user, TwoFactorReauthenticationRequest request, TwoFactorServices services, HttpContext context, CancellationToken cancellationToken)
    {
        if (!user.TwoFactorEnabled)
        {
            return Problems.Conflict("Two-factor is off.", "Turn it on first.");
        }

        var validation = new Validation();
        if (string.IsNullOrEmpty(request.Password))
        {
            validation.Add("password", "Give your password.");
        }

        if (string.IsNullOrWhiteSpace(request.Code))
        {
            validation.Add("code", "Give the code from your authenticator app or a recovery code.");
        }

        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        if (await services.Reauthentication.RefuseAsync(user, request.Password, "password", "two-factor change", context, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!await services.TwoFactor.VerifyAsync(user, request.Code))
        {
            await services.Reauthentication.RecordFailureAsync(user, "two-factor change: wrong code", cancellationToken);
            return PasswordReauthentication.FieldRefused("code", "The code is invalid or was used already.");
        }

        return null;
    }

    /// <summary>The shape of a validation problem, typed as a problem so one helper can answer every refusal.</summary>
    private static ProblemHttpResult Invalid(Validation validation) => TypedResults.Problem(
        title: "One or more validation errors occurred.",
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = validation.Errors });
}

