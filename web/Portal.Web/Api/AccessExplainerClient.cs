using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>"Who can see this, and why" (assets): for one record, and the reverse for one person.</summary>
public sealed class AccessExplainerClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<ItemAccessDto>> WhoCanSeeAsync(ExplainedCollection collection, Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<ItemAccessDto>($"/api/assets/{collection.PathName()}/{id}/access", cancellationToken);

    public Task<ApiResult<PersonAccessDto>> WhatCanTheySeeAsync(Guid userId, CancellationToken cancellationToken = default) =>
        GetAsync<PersonAccessDto>($"/api/assets/people/{userId}/access", cancellationToken);
}
