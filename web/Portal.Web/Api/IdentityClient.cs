using Portal.Web.Authentication;

namespace Portal.Web.Api;

public sealed class IdentityClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<MeDto>> GetMeAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MeDto>("/api/identity/me", cancellationToken);

    public Task<ApiResult<MeDto>> UpdateMeAsync(UpdateMeDto changes, CancellationToken cancellationToken = default) =>
        SendAsync<MeDto>(HttpMethod.Patch, "/api/identity/me", changes, cancellationToken);

    public Task<ApiResult<InvitationDto[]>> ListInvitationsAsync(Guid customerId, CancellationToken cancellationToken = default) =>
        GetAsync<InvitationDto[]>($"/api/identity/customers/{customerId}/invitations", cancellationToken);

    public Task<ApiResult<InvitationDto>> InviteAsync(Guid customerId, CreateInvitationDto invitation, CancellationToken cancellationToken = default) =>
        PostAsync<InvitationDto>($"/api/identity/customers/{customerId}/invitations", invitation, cancellationToken);

    public Task<ApiResult<InvitationDto>> ResendInvitationAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<InvitationDto>($"/api/identity/invitations/{id}/resend", null, cancellationToken);

    public Task<ApiResult<bool>> DeleteInvitationAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"/api/identity/invitations/{id}", null, cancellationToken);

    public Task<ApiResult<UserDto>> CreateUserAsync(Guid organizationId, CreateEmployeeDto employee, CancellationToken cancellationToken = default) =>
        PostAsync<UserDto>($"/api/identity/organizations/{organizationId}/users", employee, cancellationToken);

    public Task<ApiResult<bool>> DeleteUserAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"/api/identity/users/{id}", null, cancellationToken);

    /// <summary>Deactivating ends every session of the user at once; reactivating lets them sign in again.</summary>
    public Task<ApiResult<bool>> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"/api/identity/users/{id}/{(active ? "reactivate" : "deactivate")}", null, cancellationToken);

    public Task<ApiResult<UserDto[]>> ListUsersAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        GetAsync<UserDto[]>($"/api/identity/organizations/{organizationId}/users", cancellationToken);
}
