using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>The signed-in user's own sign-in: password, sign-in e-mail and two-factor.</summary>
public sealed class AccountSecurityClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<bool>> ChangePasswordAsync(ChangePasswordDto change, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, "/api/identity/me/password", change, cancellationToken);

    public Task<ApiResult<EmailChangePendingDto>> RequestEmailChangeAsync(EmailChangeDto change, CancellationToken cancellationToken = default) =>
        PostAsync<EmailChangePendingDto>("/api/identity/me/email-change", change, cancellationToken);

    public Task<ApiResult<TwoFactorStatusDto>> GetTwoFactorAsync(CancellationToken cancellationToken = default) =>
        GetAsync<TwoFactorStatusDto>("/api/identity/me/two-factor", cancellationToken);

    public Task<ApiResult<TwoFactorEnrolmentDto>> StartTwoFactorEnrolmentAsync(CancellationToken cancellationToken = default) =>
        PostAsync<TwoFactorEnrolmentDto>("/api/identity/me/two-factor/enrolment", null, cancellationToken);

    public Task<ApiResult<RecoveryCodesDto>> ConfirmTwoFactorAsync(string code, CancellationToken cancellationToken = default) =>
        PostAsync<RecoveryCodesDto>("/api/identity/me/two-factor/confirm", new TwoFactorCodeDto(code), cancellationToken);

    public Task<ApiResult<bool>> DisableTwoFactorAsync(TwoFactorReauthenticationDto proof, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, "/api/identity/me/two-factor", proof, cancellationToken);
}
