using Microsoft.Playwright;
using Portal.Account.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Account.Tests;

/// <summary>The link from the reset mail sets a new password once; the old one stops working.</summary>
[Collection(AccountStackCollection.Name)]
public sealed class ResetPasswordTests(AccountStackFixture stack)
{
    [Fact]
    public async Task AUserResetsTheirPasswordWithTheLinkFromTheMail()
    {
        var admin = await stack.Api.AdminTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin);
        var email = PortalApi.UniqueEmail("forgetful");
        await stack.Api.InviteAsync(admin, customerId, email, "de");
        var original = AccountPages.NewPassword();
        await stack.Api.AcceptAsync((await stack.Mail.WithLinkAsync(email, AccountPages.AcceptInvitation)).LinkTo(AccountPages.AcceptInvitation)!, original);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync("de-DE");
        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/" + AccountPages.ForgotPassword).ToString());
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link senden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wenn die Adresse zu einem Konto gehört");

        var link = (await stack.Mail.WithLinkAsync(email, AccountPages.ResetPassword)).LinkTo(AccountPages.ResetPassword)!;
        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Passwort zurücksetzen" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "account-reset-password.png");
        var password = page.GetByLabel("Neues Passwort");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Neues Passwort speichern" });
        await password.FillAsync("zu kurz");
        await submit.ClickAsync();
        await Expect(page.Locator("#newPassword-errors")).ToHaveTextAsync("Ein Passwort braucht mindestens 12 Zeichen.");

        var chosen = AccountPages.NewPassword();
        await password.FillAsync(chosen);
        await submit.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihr Passwort wurde geändert.");
        Assert.NotNull(await stack.Api.TokenAsync(email, chosen));
        Assert.Null(await stack.Api.TokenAsync(email, original));

        await page.GotoAsync(link);
        await page.GetByLabel("Neues Passwort").FillAsync(AccountPages.NewPassword());
        await page.GetByRole(AriaRole.Button, new() { Name = "Neues Passwort speichern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dieser Link wurde bereits verwendet");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Neuen Link anfordern" })).ToBeVisibleAsync();
    }
}
