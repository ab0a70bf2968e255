using Notifications.Api.Tests.Infrastructure;

namespace Notifications.Api.Tests;

/// <summary>Password reset, e-mail change and deactivation mails: each in the user's language, HTML and text, with its link.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class MoreAccountMailTests(NotificationsApp app)
{
    [Theory]
    [InlineData("de", "Passwort zurücksetzen für das Kundenportal", "Hallo Jürgen Weiß", "Passwort zurücksetzen</a>")]
    [InlineData("en", "Reset your password for the customer portal", "Hello Jürgen Weiß", "Reset password</a>")]
    public async Task APasswordResetMailCarriesTheResetLinkInTheUsersLanguage(string language, string subject, string greeting, string linkText)
    {
        var reset = MoreAccountEvents.PasswordReset(language);

        await app.Events.PublishAsync(reset);

        var mail = await app.Inbox.ExactlyOneToAsync(reset.Email);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(greeting, mail.Text);
        Assert.Contains(reset.ResetUrl, mail.Text);
        Assert.Contains($"href=\"{reset.ResetUrl}\"", mail.Html);
        Assert.Contains(linkText, mail.Html);
        Assert.False((await app.Inbox.HeadersOfAsync(mail)).ContainsKey("List-Unsubscribe"), "account mails cannot be unsubscribed from");
    }

    [Theory]
    [InlineData("de", "Bestätigen Sie Ihre neue E-Mail-Adresse", "E-Mail-Adresse bestätigen</a>")]
    [InlineData("en", "Confirm your new e-mail address", "Confirm e-mail address</a>")]
    public async Task AnEmailChangeIsVerifiedAtTheNewAddress(string language, string subject, string linkText)
    {
        var change = MoreAccountEvents.EmailChangeRequested(language);

        await app.Events.PublishAsync(change);

        var mail = await app.Inbox.ExactlyOneToAsync(change.NewEmail);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(change.NewEmail, mail.Text);
        Assert.Contains(change.ConfirmUrl, mail.Text);
        Assert.Contains($"href=\"{change.ConfirmUrl}\"", mail.Html);
        Assert.Contains(linkText, mail.Html);
    }

    [Theory]
    [InlineData("de", "Ihre E-Mail-Adresse für das Kundenportal wurde geändert", "Das war ich nicht</a>")]
    [InlineData("en", "Your e-mail address for the customer portal was changed", "This was not me</a>")]
    public async Task TheOldAddressIsToldOfAChangedEmailWithALinkToReportIt(string language, string subject, string linkText)
    {
        var changed = MoreAccountEvents.EmailChanged(language);

        await app.Events.PublishAsync(changed);

        var mail = await app.Inbox.ExactlyOneToAsync(changed.OldEmail);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(changed.NewEmail, mail.Text);
        Assert.Contains(changed.ReportUrl, mail.Text);
        Assert.Contains($"href=\"{changed.ReportUrl}\"", mail.Html);
        Assert.Contains(linkText, mail.Html);
        Assert.Empty(await app.Inbox.ToAsync(changed.NewEmail));
    }

    [Theory]
    [InlineData("de", "Ihr Konto im Kundenportal wurde deaktiviert", "Sie können sich nicht mehr anmelden")]
    [InlineData("en", "Your customer portal account was deactivated", "You can no longer sign in")]
    public async Task ADeactivatedUserIsTold(string language, string subject, string body)
    {
        var deactivated = MoreAccountEvents.Deactivated(language);

        await app.Events.PublishAsync(deactivated);

        var mail = await app.Inbox.ExactlyOneToAsync(deactivated.Email);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains(body, mail.Text);
        Assert.Contains(body, mail.Html);
    }

    [Fact]
    public async Task AccountMailsStillGoOutWithEveryCategorySwitchedOff()
    {
        var reset = MoreAccountEvents.PasswordReset("en");
        using var off = await app.SendAsync(HttpMethod.Put, "/api/notifications/me/preferences", UserTokens.CustomerUser(reset.UserId),
            new { categories = new { devices = false, tickets = false, videoSessions = false, codes = false } });
        Assert.Equal(System.Net.HttpStatusCode.OK, off.StatusCode);

        await app.Events.PublishAsync(reset);

        var mail = await app.Inbox.ExactlyOneToAsync(reset.Email);
        Assert.Contains(reset.ResetUrl, mail.Text);
    }
}
