using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// People reach the portal under more than one name: the public address, the loopback IP for it, a customer's
/// own host or path. The sign-in works from each and ends signed in on the public address.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class SignInFromEveryAddressTests(WebStack stack)
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task TheAdministratorSignsInFromTheHomePageUnderEitherNameOfThePortal(string host)
    {
        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, $"{nameof(TheAdministratorSignsInFromTheHomePageUnderEitherNameOfThePortal)}-{host}", async () =>
        {
            await SignIn.FromAsync(page, stack.AddressOn(host) + "/", DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);

            await ExpectSignedInOnThePublicAddressAsync(page, "Customers");
        });
    }

    [Fact]
    public async Task AnotherNameOfThePortalOpensTheSamePageOnThePublicAddress()
    {
        var name = $"Lindenhof {Guid.NewGuid().ToString("N")[..6]} GmbH";
        var (_, slug) = await stack.Api.CreateCorporateCustomerWithSlugAsync(await stack.Api.AdministratorTokenAsync(), name);

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AnotherNameOfThePortalOpensTheSamePageOnThePublicAddress), async () =>
        {
            await page.GotoAsync(stack.AddressOn("127.0.0.1") + $"/c/{slug}?from=bookmark");

            await Assertions.Expect(page).ToHaveURLAsync($"{stack.BaseUrl}/c/{slug}?from=bookmark");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Theory]
    [InlineData("its own host")]
    [InlineData("its path on the public address")]
    public async Task ACustomersUserSignsInFromTheCustomersAddress(string address)
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var name = $"Talblick {Guid.NewGuid().ToString("N")[..6]} AG";
        var (customerId, slug) = await stack.Api.CreateCorporateCustomerWithSlugAsync(admin, name);
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Paul", language: "en");
        var start = address == "its own host" ? stack.AddressOn($"{slug}.localhost") + "/" : $"/c/{slug}";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, $"{nameof(ACustomersUserSignsInFromTheCustomersAddress)}-{slug}", async () =>
        {
            await page.GotoAsync(start);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

            await SignIn.FromAsync(page, start, email, PortalApi.UserPassword);

            await ExpectSignedInOnThePublicAddressAsync(page, "Dashboard");
        });
    }

    [Theory]
    [InlineData("en-US", "en", "Sign in", "Sign-in not completed", "The sign-in could not be completed.", "Try again", "Dashboard")]
    [InlineData("de-DE", "de", "Anmelden", "Anmeldung nicht abgeschlossen", "Die Anmeldung konnte nicht abgeschlossen werden.", "Erneut versuchen", "Übersicht")]
    public async Task ASignInCallbackSentAgainEndsOnAPageInTheUsersLanguageWhoseTryAgainSignsIn(
        string browserLocale, string language, string signIn, string heading, string message, string tryAgain, string startPageHeading)
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Weidenhof {Guid.NewGuid().ToString("N")[..6]} KG");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Mara", language);

        var page = await stack.NewPageAsync(browserLocale);
        var callback = SignInCallback.WatchOn(page);
        await FailureArtifacts.KeepOnFailureAsync(page, $"{nameof(ASignInCallbackSentAgainEndsOnAPageInTheUsersLanguageWhoseTryAgainSignsIn)}-{language}", async () =>
        {
            await SignIn.FromAsync(page, "/", email, PortalApi.UserPassword, signIn);
            await ExpectSignedInOnThePublicAddressAsync(page, startPageHeading);

            // Its correlation cookie went with the first use: the same callback again cannot complete a sign-in.
            await callback.SendAgainAsync(page);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(message);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(stack.BaseUrl + "/signin-failed")));

            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = tryAgain }).ClickAsync();

            // Identity still knows the person: the new sign-in goes through without its form.
            await ExpectSignedInOnThePublicAddressAsync(page, startPageHeading);
        });
    }

    [Fact]
    public async Task ARefusedSignInEndsOnAPageWhoseTryAgainReturnsToTheCustomersSignIn()
    {
        var name = $"Eichengrund {Guid.NewGuid().ToString("N")[..6]} GmbH";
        var (_, slug) = await stack.Api.CreateCorporateCustomerWithSlugAsync(await stack.Api.AdministratorTokenAsync(), name);

        var page = await stack.NewPageAsync();
        var callback = SignInCallback.WatchOn(page);
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ARefusedSignInEndsOnAPageWhoseTryAgainReturnsToTheCustomersSignIn), async () =>
        {
            await page.GotoAsync($"/c/{slug}");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Sign in to {name}", Level = 1 })).ToBeVisibleAsync();

            await callback.AnswerWithErrorAsync(page, "access_denied");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign-in not completed", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Back to the start page" }))
                .ToHaveAttributeAsync("href", $"/c/{slug}");

            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Try again" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Sign in to {name}", Level = 1 })).ToBeVisibleAsync();
        });
    }

    private async Task ExpectSignedInOnThePublicAddressAsync(IPage page, string startPageHeading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = startPageHeading, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(stack.BaseUrl + "/")));
    }
}
