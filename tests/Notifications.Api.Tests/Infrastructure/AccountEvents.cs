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
