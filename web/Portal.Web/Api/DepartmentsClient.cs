using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>The provider's departments (tenants service).</summary>
public sealed class DepartmentsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<DepartmentDto[]>> ListAsync(CancellationToken cancellationToken = default) =>
        GetAsync<DepartmentDto[]>("/api/tenants/departments", cancellationToken);

    public Task<ApiResult<DepartmentDto>> CreateAsync(string name, CancellationToken cancellationToken = default) =>
        PostAsync<DepartmentDto>("/api/tenants/departments", new DepartmentNameDto(name), cancellationToken);

    public Task<ApiResult<DepartmentDto>> RenameAsync(Guid id, string name, CancellationToken cancellationToken = default) =>
        SendAsync<DepartmentDto>(HttpMethod.Patch, $"/api/tenants/departments/{id}", new DepartmentNameDto(name), cancellationToken);
}
