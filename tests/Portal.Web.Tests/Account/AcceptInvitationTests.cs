using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.Tests.Account;

/// <summary>An invited person opens the link from the e-mail, chooses a password and can sign in.</summary>
[Collection(WebStackCollection.Name)]
public sealed class AcceptInvitationTests(WebStack stack)
{
    [Fact]
    public async Task AGermanInviteeSetsAPasswordOnceAndCanSignIn()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Account pages {Guid.NewGuid():N}");
        var email = PortalApi.UniqueEmail("eingeladen");
        await stack.Api.InviteAsync(admin, customerId, email, "de");

        var mail = await stack.Inbox.WithLinkAsync(email, AccountPages.AcceptInvitation);
        Assert.Equal("Einladung zum Kundenportal", mail.Subject);
        var link = mail.LinkTo(AccountPages.AcceptInvitation)!;
        Assert.StartsWith(stack.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority), link, StringComparison.Ordinal);

        var page = await stack.NewPageAsync("de-DE");
        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Einladung annehmen" })).ToBeVisibleAsync();
        await Expect(page.Locator(".account")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.GetByText("hat mindestens 12 und höchstens 128 Zeichen")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-accept-invitation");

        var password = page.GetByLabel("Neues Passwort");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Passwort festlegen und annehmen" });
        await password.FillAsync("zu kurz");
        await submit.ClickAsync();
        await Expect(page.Locator("#password-errors")).ToHaveTextAsync("Ein Passwort braucht mindestens 12 Zeichen.");
        await Expect(page.Locator("#password-errors")).ToHaveAttributeAsync("role", "alert");
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAttributeAsync("aria-describedby", new Regex("password-errors"));
        await Screenshots.SaveAsync(page, "account-accept-invitation-error");

        var chosen = AccountPages.NewPassword();
        await password.FillAsync(chosen);
        await submit.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre Einladung ist angenommen und Ihr Passwort festgelegt");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" })).ToHaveAttributeAsync("href", new Regex("^/signin\\?culture=de&loginHint="));
        await Screenshots.SaveAsync(page, "account-accept-invitation-done");
        Assert.NotNull(await stack.Api.TryTokenAsync(email, chosen));

        // The same link a second time: refused with advice, and the password stays the one chosen first.
        var other = AccountPages.NewPassword();
        await page.GotoAsync(link);
        await page.GetByLabel("Neues Passwort").FillAsync(other);
        await page.GetByRole(AriaRole.Button, new() { Name = "Passwort festlegen und annehmen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dieser Link wurde bereits verwendet");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Passwort vergessen?" })).ToHaveAttributeAsync("href", "/account/forgot-password?lang=de");
        await Screenshots.SaveAsync(page, "account-accept-invitation-used");
        Assert.Null(await stack.Api.TryTokenAsync(email, other));
        Assert.NotNull(await stack.Api.TryTokenAsync(email, chosen));
    }

    [Fact]
    public async Task ASetPasswordLinkFromAnAdministratorWorksInEnglish()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Account pages {Guid.NewGuid():N}");
        var email = PortalApi.UniqueEmail("set-password");
        await stack.Api.CreateUserAndSendPasswordLinkAsync(admin, customerId, email, "en");
        var link = (await stack.Inbox.WithLinkAsync(email, AccountPages.SetPassword)).LinkTo(AccountPages.SetPassword)!;

        var page = await stack.NewPageAsync("en-GB");
        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set your password" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("New password")).ToHaveAttributeAsync("autocomplete", "new-password");
        await Screenshots.SaveAsync(page, "account-set-password");

        var chosen = AccountPages.NewPassword();
        await page.GetByLabel("New password").FillAsync(chosen);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is set. You can sign in now.");
        Assert.NotNull(await stack.Api.TryTokenAsync(email, chosen));
    }

    [Fact]
    public async Task AnExpiredInvitationSaysSoAndWhomToAsk()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Account pages {Guid.NewGuid():N}");
        var email = PortalApi.UniqueEmail("late");
        await stack.Api.InviteAsync(admin, customerId, email, "en");
        var link = (await stack.Inbox.WithLinkAsync(email, AccountPages.AcceptInvitation)).LinkTo(AccountPages.AcceptInvitation)!;

        var page = await stack.NewPageAsync("en-US");
        await page.GotoAsync(link);
        var chosen = AccountPages.NewPassword();
        try
        {
            // Invitations live 7 days (IdentityServerOptions.InvitationLifetime).
            await stack.IdentityClock.FreezeAsync();
            await stack.IdentityClock.AdvanceAsync(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
            await page.GetByLabel("New password").FillAsync(chosen);
            await page.GetByRole(AriaRole.Button, new() { Name = "Set password and accept" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This link has expired");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ask the person who invited you to send a new invitation.");
        }
        finally
        {
            await stack.IdentityClock.ResetAsync();
        }

        Assert.Null(await stack.Api.TryTokenAsync(email, chosen));
    }

    [Fact]
    public async Task TheLanguageFollowsTheAddressAndTheSwitchKeepsTheLink()
    {
        var page = await stack.NewPageAsync("en-US");
        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/account/accept-invitation?token=not-a-real-token&lang=de").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Einladung annehmen" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "This page in English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accept your invitation" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("token=not-a-real-token"));

        // A token identity never issued.
        await page.GetByLabel("New password").FillAsync(AccountPages.NewPassword());
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and accept" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This link is not valid");
    }

    [Fact]
    public async Task ALinkWithoutItsTokenSaysWhatIsMissingAndOffersNoForm()
    {
        var page = await stack.NewPageAsync("en-US");
        await page.GotoAsync(new Uri(stack.Gateway.BaseAddress!, "/account/accept-invitation").ToString());

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This link is incomplete");
        await Expect(page.GetByLabel("New password")).ToHaveCountAsync(0);
    }
}
