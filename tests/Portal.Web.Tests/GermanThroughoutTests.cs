using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Web.Tests.Account;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Languages;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.Tests;

/// <summary>
/// A German customer with an English browser meets German everywhere: the pages behind the e-mail's link,
/// identity's sign-in, MudBlazor's own words and the services' messages (issue "German throughout").
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class GermanThroughoutTests(WebStack stack)
{
    [Fact]
    public async Task AGermanInviteeWithAnEnglishBrowserGoesFromTheMailToTheirGermanDashboardWithoutASecondSignIn()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Durchgängig {Guid.NewGuid().ToString("N")[..6]} GmbH");
        var email = PortalApi.UniqueEmail("deutsch");
        await stack.Api.InviteAsync(admin, customerId, email, "de");
        var link = (await stack.Inbox.WithLinkAsync(email, AccountPages.AcceptInvitation)).LinkTo(AccountPages.AcceptInvitation)!;
        Assert.Contains("lang=de", link, StringComparison.Ordinal);

        var page = await stack.NewPageAsync("en-US");
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AGermanInviteeWithAnEnglishBrowserGoesFromTheMailToTheirGermanDashboardWithoutASecondSignIn), async () =>
        {
            await page.GotoAsync(link);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Einladung annehmen" })).ToBeVisibleAsync();
            await NoEnglishAsync(page, "the invitation page");

            // A refusal from identity is German too (the page asks identity in its own language).
            await page.GetByLabel("Neues Passwort").FillAsync("zu kurz");
            await page.GetByRole(AriaRole.Button, new() { Name = "Passwort festlegen und annehmen" }).ClickAsync();
            await Expect(page.Locator("#password-errors")).ToBeVisibleAsync();
            await NoEnglishAsync(page, "the invitation page's error");

            var password = AccountPages.NewPassword();
            await page.GetByLabel("Neues Passwort").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Passwort festlegen und annehmen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre Einladung ist angenommen");
            await NoEnglishAsync(page, "the accepted invitation");

            // "Anmelden" goes straight to identity's login page, German, with the account name filled in.
            await page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.Locator("input[name=username]")).ToHaveValueAsync(new Regex(Regex.Escape(email), RegexOptions.IgnoreCase));
            await NoEnglishAsync(page, "identity's login page");
            await Screenshots.SaveAsync(page, "german-throughout-login");

            await page.Locator("input[name=password]").FillAsync(password);
            await page.Locator("button[type=submit]").ClickAsync();

            // Signed in, the person is on their German dashboard: no start page, no second "Anmelden".
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Übersicht", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await NoEnglishAsync(page, "the dashboard");
        });
    }

    [Fact]
    public async Task TheTablePagerSpeaksGermanToAGermanUser()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Pager {Guid.NewGuid().ToString("N")[..6]} AG");
        var deviceName = $"Pumpe {Guid.NewGuid().ToString("N")[..4]}";
        await stack.Api.CreateDeviceAsync(admin, customerId, "Werk Süd", deviceName);
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Paul", language: "de");

        var page = await stack.NewPageAsync("en-US");
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(TheTablePagerSpeaksGermanToAGermanUser), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await page.GotoAsync("/devices");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = deviceName })).ToBeVisibleAsync();

            var pager = page.Locator(".mud-table-pagination");
            await Expect(pager).ToContainTextAsync("Zeilen pro Seite");
            await Expect(pager).ToContainTextAsync("1-1 von 1");
            await Expect(pager).Not.ToContainTextAsync(" of ");
            await Expect(pager.Locator("button[aria-label='Nächste Seite']")).ToHaveCountAsync(1);
            await NoEnglishAsync(page, "the devices table");
        });
    }

    [Fact]
    public async Task AServicesValidationMessageIsGermanOnAGermanForm()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Prüfung {Guid.NewGuid().ToString("N")[..6]} AG");
        var deviceId = await stack.Api.CreateDeviceAsync(admin, customerId, "Werk West", $"Kessel {Guid.NewGuid().ToString("N")[..4]}");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Greta", language: "de");

        // What assets says in English about a ticket without a subject: the words the German form must not show.
        var english = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Eric", language: "en");
        using var refused = await stack.Api.RequestAsync(HttpMethod.Post, "/api/assets/tickets", await stack.Api.TokenAsync(english, PortalApi.UserPassword),
            new { deviceId, title = "", description = "Kein Warmwasser.", priority = "high" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var englishMessage = problem.GetProperty("errors").GetProperty("title")[0].GetString()!;

        var page = await stack.NewPageAsync("en-US");
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AServicesValidationMessageIsGermanOnAGermanForm), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await page.GotoAsync($"/devices/{deviceId}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Servicefall eröffnen" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Beschreibung").FillAsync("Kein Warmwasser.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Servicefall eröffnen" }).ClickAsync();

            var error = dialog.Locator(".mud-input-error").First;
            await Expect(error).ToBeVisibleAsync();
            await Expect(error).Not.ToHaveTextAsync("");
            await Expect(dialog).Not.ToContainTextAsync(englishMessage);
            await NoEnglishAsync(page, "the ticket form's error");
        });
    }

    private static async Task NoEnglishAsync(IPage page, string where)
    {
        var visible = await page.Locator("body").InnerTextAsync();
        var english = ResourceTexts.FoundIn(visible, ResourceTexts.OfThePortal.English);
        Assert.True(english.Count == 0, $"English on {where}: {string.Join(" | ", english.Select(e => $"\"{e}\""))}");
    }
}
