namespace Notifications.Api.Model;

/// <summary>
/// A deleted user, remembered only by id: an access or invitation event that identity published
/// before the deletion but that arrives after it must not bring their address back.
/// </summary>
public sealed class ForgottenUser
{
    public Guid UserId { get; set; }
    public DateTimeOffset ForgottenAt { get; set; }
}
