namespace Portal.Web.Api;

/// <summary>The unread count of one circuit, so the app bar's bell follows what the feed page marks read.</summary>
public sealed class UnreadNotifications(NotificationsClient notifications)
{
    public int Count { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync()
    {
        var result = await notifications.GetUnreadCountAsync();
        Count = result.Value?.UnreadCount ?? 0;
        Changed?.Invoke();
    }
}
