using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class TemplatesTests(WebStack stack)
{
    [Fact]
    public async Task AnAdministratorKeepsAChecklistTemplateInOrderAndArchivesItWhileCustomersNeverSeeTemplates()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Kältetechnik {Guid.NewGuid().ToString("N")[..6]} GmbH");
        var customerEmail = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Lena", language: "en");
        var name = $"Annual service {Guid.NewGuid().ToString("N")[..6]}";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AnAdministratorKeepsAChecklistTemplateInOrderAndArchivesItWhileCustomersNeverSeeTemplates), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Templates" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Templates", Level = 1 })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add template" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            // The dialog focuses its name field a moment after it opens; text filled into the first line before that
            // can land in the name (a browser test types faster than anyone). Fill until both read as meant.
            var nameField = dialog.GetByLabel("Name", new() { Exact = true });
            var firstLine = dialog.GetByLabel("Line 1", new() { Exact = true });
            for (var attempt = 1; ; attempt++)
            {
                await firstLine.FillAsync("Check the pressure");
                if (await nameField.InputValueAsync() == "" && await firstLine.InputValueAsync() == "Check the pressure" || attempt == 3)
                {
                    break;
                }

                await nameField.FillAsync("");
            }
            // No name: the service's reason shows beside the name field.
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("Required, 1 to 200 characters.")).ToBeVisibleAsync();

            await dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add line" }).ClickAsync();
            await dialog.GetByLabel("Line 2", new() { Exact = true }).FillAsync("Bleed the radiators");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add line" }).ClickAsync();
            await dialog.GetByLabel("Line 3", new() { Exact = true }).FillAsync("Write the report");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Move line 3 up" }).ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
            await Assertions.Expect(row).ToContainTextAsync("Checklist");
            await Assertions.Expect(row).ToContainTextAsync("3 lines");
            await Screenshots.SaveAsync(page, "backoffice-templates");

            // The new order is what the service kept; a line removed is gone after saving.
            await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
            await Assertions.Expect(dialog.GetByLabel("Line 2", new() { Exact = true })).ToHaveValueAsync("Write the report");
            await Assertions.Expect(dialog.GetByLabel("Line 3", new() { Exact = true })).ToHaveValueAsync("Bleed the radiators");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Remove line 1" }).ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("2 lines");

            await page.GetByRole(AriaRole.Button, new() { Name = $"Archive {name}" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Templates", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
        });

        var customerPage = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(customerPage, nameof(AnAdministratorKeepsAChecklistTemplateInOrderAndArchivesItWhileCustomersNeverSeeTemplates) + "-customer", async () =>
        {
            await SignIn.AsAsync(customerPage, customerEmail, PortalApi.UserPassword);
            await Assertions.Expect(customerPage.GetByRole(AriaRole.Link, new() { Name = "Devices" })).ToBeVisibleAsync();
            await Assertions.Expect(customerPage.GetByRole(AriaRole.Link, new() { Name = "Templates" })).ToHaveCountAsync(0);

            await customerPage.GotoAsync("/backoffice/templates");
            await Assertions.Expect(customerPage.GetByTestId("problem")).ToContainTextAsync("Only the provider's staff may do this.");
            await Assertions.Expect(customerPage.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
            await Assertions.Expect(customerPage.GetByRole(AriaRole.Button, new() { Name = "+ Add template" })).ToHaveCountAsync(0);

            // Nor do they work on objects across customers: theirs are in the portal.
            await customerPage.GotoAsync("/backoffice/objects");
            await Assertions.Expect(customerPage.GetByTestId("problem")).ToContainTextAsync("Only the provider's staff may open this page.");
            await Assertions.Expect(customerPage.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        });
    }
}
