using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>What a customer administrator does for one employee beyond listing, adding and deleting.</summary>
public sealed class TeamClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<UserDto>> ChangeAccountNameAsync(Guid userId, string accountName, CancellationToken cancellationToken = default) =>
        SendAsync<UserDto>(HttpMethod.Patch, $"/api/identity/users/{userId}", new { accountName }, cancellationToken);

    /// <summary>One change, so that a refused area or object leaves the account name unchanged as well.</summary>
    public Task<ApiResult<UserDto>> ChangeAccountAndAccessAsync(Guid userId, string accountName, PortalAccessDto? access, CancellationToken cancellationToken = default) =>
        SendAsync<UserDto>(HttpMethod.Patch, $"/api/identity/users/{userId}",
            new { accountName, portalAreas = access?.PortalAreas, objectIds = access?.ObjectIds }, cancellationToken);

    public Task<ApiResult<PasswordLinkDto>> SendPasswordLinkAsync(Guid userId, CancellationToken cancellationToken = default) =>
        PostAsync<PasswordLinkDto>($"/api/identity/users/{userId}/password-link", null, cancellationToken);
}
