using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>Objects (sites) as the back office manages them: across customers and departments (assets service).</summary>
public sealed class ObjectsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<PageDto<SiteDto>>> ListAsync(ObjectFilterDto filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<PageDto<SiteDto>>(
            Query("/api/assets/objects", ("text", filter.Text), ("customerId", filter.CustomerId?.ToString()), ("departmentId", filter.DepartmentId?.ToString()),
                ("page", page.ToString()), ("pageSize", pageSize.ToString())),
            cancellationToken);

    public Task<ApiResult<SiteDto>> CreateAsync(CreateObjectDto site, CancellationToken cancellationToken = default) =>
        PostAsync<SiteDto>("/api/assets/objects", site, cancellationToken);

    /// <summary>Renames, moves to another department or changes the address; null fields stay as they are.</summary>
    public Task<ApiResult<SiteDto>> UpdateAsync(Guid id, UpdateObjectDto changes, CancellationToken cancellationToken = default) =>
        SendAsync<SiteDto>(HttpMethod.Patch, $"/api/assets/objects/{id}", changes, cancellationToken);

    public Task<ApiResult<SiteDto>> ArchiveAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<SiteDto>($"/api/assets/objects/{id}/archive", null, cancellationToken);
}
