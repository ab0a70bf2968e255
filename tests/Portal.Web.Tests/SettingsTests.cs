using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class SettingsTests(WebStack stack)
{
    [Fact]
    public async Task AUserChangesTheirNameAndEmailCategoriesInPersonalSettings()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Settings {Guid.NewGuid().ToString("N")[..6]}");
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Paul", language: "en");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AUserChangesTheirNameAndEmailCategoriesInPersonalSettings), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);
            await page.GetByTestId("user-name").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personal settings", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("email")).ToHaveTextAsync(email);

            // A bad value gets the API's reason beside the field.
            await page.GetByLabel("First name").FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Give 1 to")).ToBeVisibleAsync();

            await page.GetByLabel("First name").FillAsync("Pauline");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Saved.").First).ToBeVisibleAsync();

            var devices = page.GetByLabel("Devices", new() { Exact = true });
            await Assertions.Expect(devices).ToBeCheckedAsync();
            await devices.UncheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save e-mail settings" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Saved.").First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "portal-settings");

            await page.ReloadAsync();
            await Assertions.Expect(page.GetByLabel("First name")).ToHaveValueAsync("Pauline");
            await Assertions.Expect(page.GetByLabel("Devices", new() { Exact = true })).Not.ToBeCheckedAsync();
            await Assertions.Expect(page.GetByLabel("Tickets", new() { Exact = true })).ToBeCheckedAsync();
        });
    }
}
