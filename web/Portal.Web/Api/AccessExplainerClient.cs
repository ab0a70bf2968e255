using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>"Who can see this, and why" (assets): for one record, and the reverse for one person.</summary>
public sealed class AccessExplainerClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    /// <summary>The collections the explainer knows, as the assets API names them in its paths.</summary>
    public static readonly IReadOnlySet<string> Collections = new HashSet<string>(StringComparer.Ordinal) { "devices", "objects", "tickets", "video-sessions" };

    public Task<ApiResult<ItemAccessDto>> WhoCanSeeAsync(string collection, Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<ItemAccessDto>($"/api/assets/{collection}/{id}/access", cancellationToken);

    public Task<ApiResult<PersonAccessDto>> WhatCanTheySeeAsync(Guid userId, CancellationToken cancellationToken = default) =>
        GetAsync<PersonAccessDto>($"/api/assets/people/{userId}/access", cancellationToken);
}
