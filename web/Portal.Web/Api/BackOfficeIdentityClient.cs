using System.Globalization;
using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>Identity's back-office routes: the "view as" banner's view of <c>/me</c>, the audit log and its export, staff and roles.</summary>
public sealed class BackOfficeIdentityClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<ViewedUserDto>> GetViewedUserAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ViewedUserDto>("/api/identity/me", cancellationToken);

    public Task<ApiResult<AuditPageDto>> ListAuditAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<AuditPageDto>(Query("/api/identity/audit",
        [
            .. filter.Parameters(),
            ("page", page.ToString(CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)),
        ]), cancellationToken);

    /// <summary>The entries the filters select as CSV, in the person's language (identity caps it, newest first).</summary>
    public Task<ApiResult<DownloadedFile>> ExportAuditAsync(AuditExportQuery filters, CancellationToken cancellationToken = default) =>
        GetFileAsync(Query("/api/identity/audit/export", filters.Parameters()), "audit.csv", cancellationToken);

    public Task<ApiResult<StaffUserDto[]>> ListStaffAsync(Guid providerId, CancellationToken cancellationToken = default) =>
        GetAsync<StaffUserDto[]>($"/api/identity/organizations/{providerId}/users", cancellationToken);

    public Task<ApiResult<StaffUserDto>> CreateStaffAsync(Guid providerId, CreateStaffDto staff, CancellationToken cancellationToken = default) =>
        PostAsync<StaffUserDto>($"/api/identity/organizations/{providerId}/users", staff, cancellationToken);

    public Task<ApiResult<RoleDto[]>> ListRolesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<RoleDto[]>("/api/identity/roles", cancellationToken);

    public Task<ApiResult<string[]>> ListPermissionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<string[]>("/api/identity/permissions", cancellationToken);

    public Task<ApiResult<RoleDto>> CreateRoleAsync(CreateRoleDto role, CancellationToken cancellationToken = default) =>
        PostAsync<RoleDto>("/api/identity/roles", role, cancellationToken);

    public Task<ApiResult<bool>> DeleteRoleAsync(Guid roleId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"/api/identity/roles/{roleId}", null, cancellationToken);

    /// <summary>A built-in role by its name, or a custom role by its id (<paramref name="role"/> is then <c>custom</c>).</summary>
    public Task<ApiResult<StaffUserDto>> ChangeRoleAsync(Guid userId, string role, Guid? customRoleId, CancellationToken cancellationToken = default) =>
        SendAsync<StaffUserDto>(HttpMethod.Patch, $"/api/identity/users/{userId}", new ChangeRoleDto(role, customRoleId), cancellationToken);

    public Task<ApiResult<StaffUserDto>> SetAccessibleAccountsAsync(Guid userId, AccessibleAccountsDto accounts, CancellationToken cancellationToken = default) =>
        SendAsync<StaffUserDto>(HttpMethod.Patch, $"/api/identity/users/{userId}", new UpdateAccessibleAccountsDto(accounts), cancellationToken);
}
