using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.Tests.Account;

/// <summary>Someone who forgot their password asks for a link, without learning which addresses have accounts.</summary>
[Collection(WebStackCollection.Name)]
public sealed class ForgotPasswordTests(WebStack stack)
{
    [Fact]
    public async Task AKnownAndAnUnknownAddressGetTheSameConfirmation()
    {
        var known = await AskForLinkAsync(DevelopmentAccounts.AdminEmail);
        var unknown = await AskForLinkAsync(PortalApi.UniqueEmail("nobody"));

        Assert.Contains("If the address belongs to an account, a mail with a link is on its way.", known, StringComparison.Ordinal);
        Assert.Equal(known, unknown);
        // Only the known address really gets the mail.
        await stack.Inbox.WithLinkAsync(DevelopmentAccounts.AdminEmail, AccountPages.ResetPassword);
    }

    [Fact]
    public async Task AnEmptyAddressIsAnsweredNextToTheField()
    {
        var page = await stack.NewPageAsync("de-DE");
        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/" + AccountPages.ForgotPassword).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Passwort vergessen?" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("E-Mail-Adresse")).ToHaveAttributeAsync("autocomplete", "email");

        await page.GetByRole(AriaRole.Button, new() { Name = "Link senden" }).ClickAsync();

        await Expect(page.Locator("#email-errors")).ToHaveTextAsync("Bitte füllen Sie dieses Feld aus.");
        await Expect(page.GetByLabel("E-Mail-Adresse")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
    }

    private async Task<string> AskForLinkAsync(string email)
    {
        var page = await stack.NewPageAsync("en-US");
        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/" + AccountPages.ForgotPassword).ToString());
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send link" }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Status);
        await Expect(confirmation).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-forgot-password-done");
        return await confirmation.InnerTextAsync();
    }
}
