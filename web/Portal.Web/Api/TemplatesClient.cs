using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>The provider's ticket templates and checklists (assets service; staff only).</summary>
public sealed class TemplatesClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<TemplateDto[]>> ListAsync(CancellationToken cancellationToken = default) =>
        GetAsync<TemplateDto[]>("/api/assets/templates", cancellationToken);

    public Task<ApiResult<TemplateDto>> CreateAsync(SaveTemplateDto template, CancellationToken cancellationToken = default) =>
        PostAsync<TemplateDto>("/api/assets/templates", template, cancellationToken);

    public Task<ApiResult<TemplateDto>> ReplaceAsync(Guid id, SaveTemplateDto template, CancellationToken cancellationToken = default) =>
        SendAsync<TemplateDto>(HttpMethod.Put, $"/api/assets/templates/{id}", template, cancellationToken);

    public Task<ApiResult<bool>> ArchiveAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"/api/assets/templates/{id}/archive", null, cancellationToken);
}
