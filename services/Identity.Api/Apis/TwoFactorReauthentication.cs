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
            return Problems.Conflict(TwoFactorProblems.Off);
        }

        var validation = new Validation();
        if (string.IsNullOrEmpty(request.Password))
        {
            validation.Add("password", ValidationMessages.PasswordRequired);
        }

        if (string.IsNullOrWhiteSpace(request.Code))
        {
            validation.Add("code", TwoFactorProblems.CodeRequired);
        }

        if (!validation.IsValid)
        {
            return validation.ToProblemResult();
        }

        if (await services.Reauthentication.RefuseAsync(user, request.Password, "password", SignInAuditDetails.TwoFactorChange, context, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!await services.TwoFactor.VerifyAsync(user, request.Code))
        {
            await services.Reauthentication.RecordFailureAsync(user, SignInAuditDetails.WrongCode(SignInAuditDetails.TwoFactorChange), cancellationToken);
            return Problems.FieldRefused("code", TwoFactorProblems.CodeInvalid);
        }

        return null;
    }
}
