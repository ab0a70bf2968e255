using Portal.Contracts.Identity;

namespace Notifications.Api.Tests.Infrastructure;

/// <summary>Identity's account events, each to an address no other test uses.</summary>
public static class AccountEvents
{
    public static string UniqueAddress() => $"user-{Guid.NewGuid():N}@customer.test";

    public static InvitationCreated Invitation(string language, string? email = null)
    {
        var invitationId = Guid.NewGuid();
        return new InvitationCreated(
            invitationId, Guid.NewGuid(), Guid.NewGuid(), email ?? UniqueAddress(), "Jürgen", "Weiß", language, "member",
            $"http://portal.test/invitations/accept?token=tok-{invitationId:N}", DateTimeOffset.UtcNow.AddDays(7));
    }

    public static PasswordLinkCreated PasswordLink(string language) =>
        new(Guid.NewGuid(), Guid.NewGuid(), UniqueAddress(), "Anna", "Berg", language,
            $"http://portal.test/set-password?token=tok-{Guid.NewGuid():N}", DateTimeOffset.UtcNow.AddDays(2));
}

/// <summary>Identity's newer account events (password reset, e-mail change, deactivation).</summary>
public static class MoreAccountEvents
{
    public static PasswordResetRequested PasswordReset(string language) =>
        new(Guid.NewGuid(), Guid.NewGuid(), AccountEvents.UniqueAddress(), "Jürgen", "Weiß", language,
            $"http://portal.test/reset-password?token=tok-{Guid.NewGuid():N}", DateTimeOffset.UtcNow.AddHours(1));

    public static EmailChangeRequested EmailChangeRequested(string language) =>
        new(Guid.NewGuid(), Guid.NewGuid(), AccountEvents.UniqueAddress(), "Jürgen", "Weiß", language,
            $"http://portal.test/confirm-email?token=tok-{Guid.NewGuid():N}", DateTimeOffset.UtcNow.AddHours(24));

    public static EmailChanged EmailChanged(string language) =>
        new(Guid.NewGuid(), Guid.NewGuid(), AccountEvents.UniqueAddress(), AccountEvents.UniqueAddress(), "Jürgen", "Weiß", language,
            $"http://portal.test/report-email-change?token=tok-{Guid.NewGuid():N}");

    public static UserDeactivated Deactivated(string language) =>
        new(Guid.NewGuid(), Guid.NewGuid(), AccountEvents.UniqueAddress(), "Jürgen", "Weiß", language);
}
