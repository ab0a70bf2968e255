namespace Portal.Web.Api;

public sealed record FeedItemDto(Guid Id, string Kind, string Title, DateTimeOffset CreatedAt, bool Read);

public sealed record FeedDto(IReadOnlyList<FeedItemDto> Items, int UnreadCount);

public sealed record UnreadCountDto(int UnreadCount);

public sealed record CategoriesDto(bool Devices, bool Tickets, bool VideoSessions, bool Codes);

public sealed record PreferencesDto(CategoriesDto Categories);
