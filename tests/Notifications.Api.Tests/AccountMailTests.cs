using Notifications.Api.Tests.Infrastructure;

namespace Notifications.Api.Tests;

[Collection(NotificationsCollection.Name)]
public sealed class AccountMailTests(NotificationsApp app, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task AGermanInvitationArrivesInGermanWithTheAcceptLink()
    {
        var invitation = AccountEvents.Invitation("de");

        await app.Events.PublishAsync(invitation);

        var mail = await app.Inbox.ExactlyOneToAsync(invitation.Email);
        Assert.Equal("Einladung zum Kundenportal", mail.Subject);
        Assert.Contains("Hallo Jürgen Weiß", mail.Text);
        Assert.Contains(invitation.AcceptUrl, mail.Text);
        Assert.Contains("Einladung annehmen", mail.Html);
        Assert.Contains($"href=\"{invitation.AcceptUrl}\"", mail.Html);
    }

    [Fact]
    public async Task AnEnglishInvitationArrivesInEnglishWithTheAcceptLink()
    {
        var invitation = AccountEvents.Invitation("en");

        await app.Events.PublishAsync(invitation);

        var mail = await app.Inbox.ExactlyOneToAsync(invitation.Email);
        Assert.Equal("Your invitation to the customer portal", mail.Subject);
        Assert.Contains("Hello Jürgen Weiß", mail.Text);
        Assert.Contains(invitation.AcceptUrl, mail.Text);
        Assert.Contains("Accept the invitation", mail.Html);
    }

    [Fact]
    public async Task ASetPasswordLinkArrivesInTheUsersLanguage()
    {
        var german = AccountEvents.PasswordLink("de");
        var english = AccountEvents.PasswordLink("en");

        await app.Events.PublishAsync(german);
        await app.Events.PublishAsync(english);

        var germanMail = await app.Inbox.ExactlyOneToAsync(german.Email);
        Assert.Equal("Legen Sie Ihr Passwort für das Kundenportal fest", germanMail.Subject);
        Assert.Contains(german.SetPasswordUrl, germanMail.Text);
        var englishMail = await app.Inbox.ExactlyOneToAsync(english.Email);
        Assert.Equal("Set your password for the customer portal", englishMail.Subject);
        Assert.Contains(english.SetPasswordUrl, englishMail.Text);
    }

    [Fact]
    public async Task AnInvitationDeliveredTwiceSendsOneMail()
    {
        var invitation = AccountEvents.Invitation("en");

        var messageId = await app.Events.PublishAsync(invitation);
        await app.Events.PublishAsync(invitation, messageId);

        await app.Inbox.ExactlyOneToAsync(invitation.Email);
        Assert.Equal(1, await app.Database.ScalarAsync<int>("SELECT count(*) FROM mails WHERE recipient = $1", invitation.Email));
    }

    [Fact]
    public async Task AMailRecordedWhileSmtpIsDownIsSentOnceWhenItIsBack()
    {
        // SMTP is gone for 30 seconds while invitations keep coming: each waits in `mails` and goes out once.
        var invitations = new[] { AccountEvents.Invitation("de"), AccountEvents.Invitation("en"), AccountEvents.Invitation("de") };
        var outage = System.Diagnostics.Stopwatch.StartNew();
        await app.App.StopResourceAsync(Portal.Contracts.ResourceNames.MailDev);
        try
        {
            foreach (var invitation in invitations)
            {
                await app.Events.PublishAsync(invitation);
                await Eventually.ReturnsAsync(
                    () => app.Database.ScalarAsync<int>("SELECT count(*) FROM mails WHERE recipient = $1 AND status = 'Pending'", invitation.Email),
                    recorded => recorded == 1,
                    because: "the mail to be recorded while SMTP is down");
            }

            await Task.Delay(Outage - outage.Elapsed is var rest && rest > TimeSpan.Zero ? rest : TimeSpan.Zero);

            // Held back, neither sent nor given up, for the whole outage. (How many attempts were made depends on
            // how long a connection to the stopped server takes to fail, which DCP's proxy decides.)
            foreach (var invitation in invitations)
            {
                Assert.Equal(1, await app.Database.ScalarAsync<int>("SELECT count(*) FROM mails WHERE recipient = $1 AND status = 'Pending'", invitation.Email));
            }
        }
        finally
        {
            await app.App.StartResourceAsync(Portal.Contracts.ResourceNames.MailDev);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await app.App.ResourceNotifications.WaitForResourceHealthyAsync(Portal.Contracts.ResourceNames.MailDev, timeout.Token);
        }

        var down = outage.Elapsed;
        foreach (var invitation in invitations)
        {
            // The back-off after 30 s of failures is at most about as long again.
            await app.Inbox.ExactlyOneToAsync(invitation.Email, TimeSpan.FromSeconds(90));
            await Eventually.ReturnsAsync(
                () => app.Database.ScalarAsync<string>("SELECT status FROM mails WHERE recipient = $1", invitation.Email),
                status => status == "Sent",
                because: "the mail to be marked sent");
        }

        output.WriteLine($"SMTP down {down.TotalSeconds:F0} s: {invitations.Length} mails recorded meanwhile; sent {invitations.Length}, lost 0, duplicates 0, all out {outage.Elapsed.TotalSeconds - down.TotalSeconds:F0} s after SMTP was back.");
    }

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
}
