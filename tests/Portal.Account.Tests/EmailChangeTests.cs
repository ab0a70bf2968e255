using Microsoft.Playwright;
using Portal.Account.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Account.Tests;

/// <summary>
/// The new address confirms the change with a button; the old address can report "this was not me".
/// Opening either link changes nothing: mail scanners open links too.
/// </summary>
[Collection(AccountStackCollection.Name)]
public sealed class EmailChangeTests(AccountStackFixture stack)
{
    [Fact]
    public async Task TheNewAddressConfirmsAndTheOldAddressCanUndoIt()
    {
        var admin = await stack.Api.AdminTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin);
        var oldEmail = PortalApi.UniqueEmail("before");
        var newEmail = PortalApi.UniqueEmail("after");
        await stack.Api.InviteAsync(admin, customerId, oldEmail, "en");
        var password = AccountPages.NewPassword();
        await stack.Api.AcceptAsync((await stack.Mail.WithLinkAsync(oldEmail, AccountPages.AcceptInvitation)).LinkTo(AccountPages.AcceptInvitation)!, password);
        var token = await stack.Api.TokenAsync(oldEmail, password);
        using (var change = await stack.Api.SendAsync(HttpMethod.Post, "/api/identity/me/email-change", token!, new { newEmail, currentPassword = password }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, change.StatusCode);
        }

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync("en-US");
        var confirm = (await stack.Mail.WithLinkAsync(newEmail, AccountPages.ConfirmEmail)).LinkTo(AccountPages.ConfirmEmail)!;
        await page.GotoAsync(confirm);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your new e-mail address" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "account-confirm-email.png");
        Assert.Equal(oldEmail, (await stack.Api.MeAsync(token!)).GetProperty("email").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm e-mail address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your new e-mail address is confirmed.");
        Assert.NotNull(await stack.Api.TokenAsync(newEmail, password));

        var report = (await stack.Mail.WithLinkAsync(oldEmail, AccountPages.ReportEmailChange)).LinkTo(AccountPages.ReportEmailChange)!;
        await page.GotoAsync(report);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Was this not you?" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "account-report-email-change.png");
        Assert.NotNull(await stack.Api.TokenAsync(newEmail, password));

        await page.GetByRole(AriaRole.Button, new() { Name = "This was not me: restore my address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your previous e-mail address is the sign-in address again");
        // Whoever changed the address may know the password: it stops working, and the restored
        // address gets a link to choose a new one.
        Assert.Null(await stack.Api.TokenAsync(oldEmail, password));
        Assert.Null(await stack.Api.TokenAsync(newEmail, password));
        Assert.NotNull((await stack.Mail.WithLinkAsync(oldEmail, AccountPages.ResetPassword)).LinkTo(AccountPages.ResetPassword));
    }

    [Fact]
    public async Task OpeningAConfirmationLinkOnlyAsks()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync("de-DE");

        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/account/confirm-email?token=from-a-mail").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neue E-Mail-Adresse bestätigen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "E-Mail-Adresse bestätigen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/account/report-email-change?token=from-a-mail").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waren Sie das nicht?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Das war ich nicht: Adresse wiederherstellen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }
}
