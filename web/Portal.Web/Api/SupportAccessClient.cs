using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>Support access requests: staff ask, the customer's administrators answer and end them.</summary>
public sealed class SupportAccessClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    private const string Requests = "/api/identity/support-access-requests";

    /// <summary>The newest 200 the caller may see, of one customer when named.</summary>
    public Task<ApiResult<SupportAccessPageDto>> ListAsync(Guid? customerId = null, CancellationToken cancellationToken = default) =>
        GetAsync<SupportAccessPageDto>(Query(Requests, ("customerId", customerId?.ToString()), ("pageSize", "200")), cancellationToken);

    public Task<ApiResult<SupportAccessDto>> RequestAsync(CreateSupportAccessDto request, CancellationToken cancellationToken = default) =>
        PostAsync<SupportAccessDto>(Requests, request, cancellationToken);

    public Task<ApiResult<SupportAccessDto>> ApproveAsync(Guid id, Guid? userId, CancellationToken cancellationToken = default) =>
        PostAsync<SupportAccessDto>($"{Requests}/{id}/approve", new { userId }, cancellationToken);

    public Task<ApiResult<SupportAccessDto>> RefuseAsync(Guid id, string? reason, CancellationToken cancellationToken = default) =>
        PostAsync<SupportAccessDto>($"{Requests}/{id}/refuse", new { reason }, cancellationToken);

    /// <summary>Ends an approved window, or withdraws the caller's own request not answered yet.</summary>
    public Task<ApiResult<SupportAccessDto>> EndAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<SupportAccessDto>($"{Requests}/{id}/end", null, cancellationToken);

    public Task<ApiResult<SecurityPolicyDto>> GetPolicyAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        GetAsync<SecurityPolicyDto>($"/api/identity/organizations/{organizationId}/security-policy", cancellationToken);

    /// <summary>Whether provider staff need the customer's approval to view its portal (managed customers; independent ones always decide).</summary>
    public Task<ApiResult<SecurityPolicyDto>> SetApprovalNeededAsync(Guid organizationId, bool needed, CancellationToken cancellationToken = default) =>
        SendAsync<SecurityPolicyDto>(HttpMethod.Put, $"/api/identity/organizations/{organizationId}/security-policy", new { supportAccessNeedsApproval = needed }, cancellationToken);
}
