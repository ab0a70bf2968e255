namespace Notifications.Api.Apis;

public sealed record FeedItemResponse(Guid Id, string Kind, string Title, DateTimeOffset CreatedAt, bool Read);

public sealed record FeedResponse(IReadOnlyList<FeedItemResponse> Items, int UnreadCount);

public sealed record UnreadCountResponse(int UnreadCount);
