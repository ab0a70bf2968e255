using System.Globalization;
using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>Identity's back-office routes: the "view as" banner's view of <c>/me</c> and the audit log.</summary>
public sealed class BackOfficeIdentityClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<ViewedUserDto>> GetViewedUserAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ViewedUserDto>("/api/identity/me", cancellationToken);

    public Task<ApiResult<AuditPageDto>> ListAuditAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<AuditPageDto>(Query("/api/identity/audit",
            ("userId", filter.UserId?.Trim()),
            ("action", filter.Action),
            ("from", filter.From?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            ("to", filter.To?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            ("page", page.ToString(CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture))), cancellationToken);
}
