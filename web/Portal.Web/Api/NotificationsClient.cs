using Portal.Web.Authentication;

namespace Portal.Web.Api;

public sealed class NotificationsClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    public Task<ApiResult<UnreadCountDto>> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        GetAsync<UnreadCountDto>("/api/notifications/me/feed/unread-count", cancellationToken);

    public Task<ApiResult<FeedDto>> GetFeedAsync(CancellationToken cancellationToken = default) =>
        GetAsync<FeedDto>("/api/notifications/me/feed", cancellationToken);

    public Task<ApiResult<bool>> MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "/api/notifications/me/feed/read", null, cancellationToken);
}
