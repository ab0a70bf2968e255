namespace Notifications.Api.Apis;

/// <summary>The category of a one-click unsubscribe link, and whether its mails still come.</summary>
public sealed record UnsubscribeResponse(string Category, bool Subscribed);
