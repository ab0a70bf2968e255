using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class CustomerAddressTests(WebStack stack)
{
    [Fact]
    public async Task TheCustomersOwnAddressGreetsVisitorsWithTheCustomersName()
    {
        var name = $"Seeblick {Guid.NewGuid().ToString("N")[..6]} KG";
        var (_, slug) = await stack.Api.CreateCorporateCustomerWithSlugAsync(await stack.Api.AdministratorTokenAsync(), name);

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(TheCustomersOwnAddressGreetsVisitorsWithTheCustomersName), async () =>
        {
            await page.GotoAsync($"/c/{slug}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

            await page.GotoAsync("/c/no-such-customer-here");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no customer portal at this address.");
        });
    }
}
