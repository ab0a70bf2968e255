using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.Tests.Account;

/// <summary>
/// The new address confirms the change with a button; the old address can report "this was not me".
/// Opening either link changes nothing: mail scanners open links too.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class EmailChangeLinkTests(WebStack stack)
{
    [Fact]
    public async Task TheNewAddressConfirmsAndTheOldAddressCanUndoIt()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Account pages {Guid.NewGuid():N}");
        var oldEmail = PortalApi.UniqueEmail("before");
        var newEmail = PortalApi.UniqueEmail("after");
        await stack.Api.InviteAsync(admin, customerId, oldEmail, "en");
        var password = AccountPages.NewPassword();
        await stack.Api.AcceptAsync((await stack.Inbox.WithLinkAsync(oldEmail, AccountPages.AcceptInvitation)).LinkTo(AccountPages.AcceptInvitation)!, password);
        var token = await stack.Api.TryTokenAsync(oldEmail, password);
        using (var change = await stack.Api.RequestAsync(HttpMethod.Post, "/api/identity/me/email-change", token!, new { newEmail, currentPassword = password }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, change.StatusCode);
        }

        var page = await stack.NewPageAsync("en-US");
        var confirm = (await stack.Inbox.WithLinkAsync(newEmail, AccountPages.ConfirmEmail)).LinkTo(AccountPages.ConfirmEmail)!;
        await page.GotoAsync(confirm);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your new e-mail address" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-confirm-email");
        Assert.Equal(oldEmail, (await stack.Api.MeAsync(token!)).GetProperty("email").GetString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm e-mail address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your new e-mail address is confirmed.");
        Assert.NotNull(await stack.Api.TryTokenAsync(newEmail, password));

        var report = (await stack.Inbox.WithLinkAsync(oldEmail, AccountPages.ReportEmailChange)).LinkTo(AccountPages.ReportEmailChange)!;
        await page.GotoAsync(report);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Was this not you?" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-report-email-change");
        Assert.NotNull(await stack.Api.TryTokenAsync(newEmail, password));

        await page.GetByRole(AriaRole.Button, new() { Name = "This was not me: restore my address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your previous e-mail address is the sign-in address again");
        // Whoever changed the address may know the password: it stops working, and the restored
        // address gets a link to choose a new one.
        Assert.Null(await stack.Api.TryTokenAsync(oldEmail, password));
        Assert.Null(await stack.Api.TryTokenAsync(newEmail, password));
        Assert.NotNull((await stack.Inbox.WithLinkAsync(oldEmail, AccountPages.ResetPassword)).LinkTo(AccountPages.ResetPassword));
    }

    [Fact]
    public async Task OpeningAConfirmationLinkOnlyAsks()
    {
        var page = await stack.NewPageAsync("de-DE");

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
