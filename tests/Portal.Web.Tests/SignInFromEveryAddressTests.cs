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

    private async Task ExpectSignedInOnThePublicAddressAsync(IPage page, string startPageHeading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = startPageHeading, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-name")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(stack.BaseUrl + "/")));
    }
}
