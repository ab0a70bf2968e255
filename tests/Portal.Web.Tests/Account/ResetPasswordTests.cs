using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.Tests.Account;

/// <summary>The link from the reset mail sets a new password once; the old one stops working.</summary>
[Collection(WebStackCollection.Name)]
public sealed class ResetPasswordTests(WebStack stack)
{
    [Fact]
    public async Task AUserResetsTheirPasswordWithTheLinkFromTheMail()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Account pages {Guid.NewGuid():N}");
        var email = PortalApi.UniqueEmail("forgetful");
        await stack.Api.InviteAsync(admin, customerId, email, "de");
        var original = AccountPages.NewPassword();
        await stack.Api.AcceptAsync((await stack.Inbox.WithLinkAsync(email, AccountPages.AcceptInvitation)).LinkTo(AccountPages.AcceptInvitation)!, original);

        var page = await stack.NewPageAsync("de-DE");
        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/" + AccountPages.ForgotPassword).ToString());
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link senden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wenn die Adresse zu einem Konto gehört");

        var link = (await stack.Inbox.WithLinkAsync(email, AccountPages.ResetPassword)).LinkTo(AccountPages.ResetPassword)!;
        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Passwort zurücksetzen" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-reset-password");
        var password = page.GetByLabel("Neues Passwort");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Neues Passwort speichern" });
        await password.FillAsync("zu kurz");
        await submit.ClickAsync();
        await Expect(page.Locator("#newPassword-errors")).ToHaveTextAsync("Ein Passwort braucht mindestens 12 Zeichen.");

        var chosen = AccountPages.NewPassword();
        await password.FillAsync(chosen);
        await submit.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihr Passwort wurde geändert.");
        Assert.NotNull(await stack.Api.TryTokenAsync(email, chosen));
        Assert.Null(await stack.Api.TryTokenAsync(email, original));

        await page.GotoAsync(link);
        await page.GetByLabel("Neues Passwort").FillAsync(AccountPages.NewPassword());
        await page.GetByRole(AriaRole.Button, new() { Name = "Neues Passwort speichern" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dieser Link wurde bereits verwendet");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Neuen Link anfordern" })).ToBeVisibleAsync();
    }
}
