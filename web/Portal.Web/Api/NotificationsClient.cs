using Portal.Web.Authentication;

namespace Portal.Web.Api;

public sealed class NotificationsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<UnreadCountDto>> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        GetAsync<UnreadCountDto>("/api/notifications/me/feed/unread-count", cancellationToken);

    public Task<ApiResult<FeedDto>> GetFeedAsync(CancellationToken cancellationToken = default) =>
        GetAsync<FeedDto>("/api/notifications/me/feed", cancellationToken);

    public Task<ApiResult<PreferencesDto>> GetPreferencesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<PreferencesDto>("/api/notifications/me/preferences", cancellationToken);

    public Task<ApiResult<PreferencesDto>> SavePreferencesAsync(CategoriesDto categories, CancellationToken cancellationToken = default) =>
        SendAsync<PreferencesDto>(HttpMethod.Put, "/api/notifications/me/preferences", new PreferencesDto(categories), cancellationToken);

    public Task<ApiResult<PreferencesDto>> GetEmployeePreferencesAsync(Guid userId, CancellationToken cancellationToken = default) =>
        GetAsync<PreferencesDto>($"/api/notifications/users/{userId}/preferences", cancellationToken);

    public Task<ApiResult<PreferencesDto>> SaveEmployeePreferencesAsync(Guid userId, CategoriesDto categories, CancellationToken cancellationToken = default) =>
        SendAsync<PreferencesDto>(HttpMethod.Put, $"/api/notifications/users/{userId}/preferences", new PreferencesDto(categories), cancellationToken);

    public Task<ApiResult<bool>> MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/api/notifications/me/feed/read", null, cancellationToken);
}
