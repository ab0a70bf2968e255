using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class ObjectsAcrossDepartmentsTests(WebStack stack)
{
    [Fact]
    public async Task AnAdministratorCreatesAnObjectInOneDepartmentAndMovesItToAnother()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var hamburg = $"Hamburg {suffix}";
        var bremen = $"Bremen {suffix}";
        await stack.Api.CreateDepartmentAsync(admin, hamburg);
        await stack.Api.CreateDepartmentAsync(admin, bremen);
        var customerName = $"Hafenbetrieb {suffix} KG";
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, customerName);
        // An object with a live device, which the service refuses to archive.
        var depot = $"Depot {suffix}";
        await stack.Api.CreateDeviceAsync(admin, customerId, depot, "Crane");
        var site = $"Pier {suffix}";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AnAdministratorCreatesAnObjectInOneDepartmentAndMovesItToAnother), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);

            // The customer's Objects tab is the same table, limited to that customer.
            await page.GotoAsync($"/backoffice/customers/{customerId}");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Objects" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = depot })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add object" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(site);
            await dialog.GetByLabel("Address").FillAsync("Kai 7, Hamburg");
            await MudSelect.ChooseAsync(page, dialog.GetByLabel("Department"), hamburg);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save object" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = site })).ToContainTextAsync(hamburg);

            await page.GetByRole(AriaRole.Link, new() { Name = "Objects" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Objects", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("Search objects").FillAsync(suffix);
            // The search has answered when only this test's two objects are left (and the header row): a click on a
            // row before that can land while the table is being re-rendered, and open nothing.
            await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = site });
            await Assertions.Expect(row).ToContainTextAsync(customerName);
            await Assertions.Expect(row).ToContainTextAsync(hamburg);

            await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {site}" }).ClickAsync();
            await MudSelect.ChooseAsync(page, dialog.GetByLabel("Department"), bremen);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save object" }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync(bremen);
            await Screenshots.SaveAsync(page, "backoffice-objects");

            // The service refuses to archive an object with live devices, and the page says why.
            await page.GetByRole(AriaRole.Button, new() { Name = $"Archive {depot}" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("Archive or move its devices first.");

            // The move is what the service kept: after a reload, the department filter finds the object in its new department only.
            await page.ReloadAsync();
            await MudSelect.ChooseAsync(page, page.GetByLabel("Department"), bremen);
            await Assertions.Expect(row).ToContainTextAsync(bremen);
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = depot })).ToHaveCountAsync(0);
            await MudSelect.ChooseAsync(page, page.GetByLabel("Department"), hamburg);
            await Assertions.Expect(page.GetByText("No objects found.")).ToBeVisibleAsync();
        });
    }
}
