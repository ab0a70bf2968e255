using Portal.Web.Authentication;

namespace Portal.Web.Api;

public sealed class TenantsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<CustomerPageDto>> ListCustomersAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync<CustomerPageDto>(Query("/api/tenants/customers", ("search", search), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    public Task<ApiResult<CustomerDto>> GetCustomerAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<CustomerDto>($"/api/tenants/customers/{id}", cancellationToken);

    public Task<ApiResult<CustomerDto>> CreateCustomerAsync(CreateCustomerDto customer, CancellationToken cancellationToken = default) =>
        PostAsync<CustomerDto>("/api/tenants/customers", customer, cancellationToken);

    public Task<ApiResult<CustomerDto>> UpdateCustomerAsync(Guid id, UpdateCustomerDto changes, CancellationToken cancellationToken = default) =>
        SendAsync<CustomerDto>(HttpMethod.Patch, $"/api/tenants/customers/{id}", changes, cancellationToken);

    public Task<ApiResult<bool>> ArchiveCustomerAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"/api/tenants/customers/{id}/archive", null, cancellationToken);

    public Task<ApiResult<CustomerDto>> MakeIndependentAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<CustomerDto>($"/api/tenants/customers/{id}/independence", null, cancellationToken);

    public Task<ApiResult<CustomerDto>> RevertIndependenceAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<CustomerDto>(HttpMethod.Delete, $"/api/tenants/customers/{id}/independence", null, cancellationToken);

    public Task<ApiResult<CustomerGreetingDto>> GetCustomerBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        GetAnonymousAsync<CustomerGreetingDto>($"/api/tenants/customers/by-slug/{Uri.EscapeDataString(slug)}", cancellationToken);

    public Task<ApiResult<DepartmentDto[]>> ListDepartmentsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<DepartmentDto[]>("/api/tenants/departments", cancellationToken);
}
