using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed partial class CustomerSignInTests(WebStack stack)
{
    [Fact]
    public async Task AGermanVisitorOfTheCustomersHostSignsInOnAGermanPageThatNamesTheCustomer()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var name = $"Bäckerei Süd {Guid.NewGuid().ToString("N")[..6]} GmbH";
        var (customerId, slug) = await stack.Api.CreateCorporateCustomerWithSlugAsync(admin, name);
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Lena", language: "de");

        await using var context = await stack.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AGermanVisitorOfTheCustomersHostSignsInOnAGermanPageThatNamesTheCustomer), async () =>
        {
            // Browsers resolve every *.localhost to loopback: the customer's own host name needs no DNS.
            await page.GotoAsync(stack.AddressOn($"{slug}.localhost") + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Anmelden" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(LoginPage());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Anmelden bei {name}", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Passwort vergessen?" })).ToHaveAttributeAsync("href", "/account/forgot-password");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Screenshots.SaveAsync(page, "sign-in");

            await page.GetByLabel("Kontoname oder E-Mail").FillAsync(email);
            await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync("definitely not the password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Der Kontoname oder das Passwort ist ungültig.");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Anmelden bei {name}", Level = 1 })).ToBeVisibleAsync();

            await page.GetByLabel("Kontoname oder E-Mail").FillAsync(email);
            await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(PortalApi.UserPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Übersicht", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPage();
}
