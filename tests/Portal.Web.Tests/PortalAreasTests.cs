using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class PortalAreasTests(WebStack stack)
{
    [Fact]
    public async Task ACustomerAdministratorNarrowsAnEmployeeToTicketsDevicesAndOneObjectAndTheEmployeeSeesOnlyThat()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Areas {suffix}");
        await stack.Api.CreateDeviceAsync(admin, customerId, $"North Hall {suffix}", $"Pump North {suffix}");
        await stack.Api.CreateDeviceAsync(admin, customerId, $"South Hall {suffix}", $"Pump South {suffix}");
        var administrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Alma", language: "en");
        var employee = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Erik", language: "en", role: "member");
        // The administrator holds no video sessions, so cannot open them to anyone else.
        await stack.Api.LimitPortalAreasAsync(admin, customerId, administrator, "dashboard", "devices", "tickets", "objects", "team");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ACustomerAdministratorNarrowsAnEmployeeToTicketsDevicesAndOneObjectAndTheEmployeeSeesOnlyThat), async () =>
        {
            await SignIn.AsAsync(page, administrator, PortalApi.UserPassword);
            await page.GotoAsync("/team");
            await page.GetByRole(AriaRole.Button, new() { Name = "Access of Erik Tester" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Dashboard" }).UncheckAsync();
            await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Objects" }).UncheckAsync();
            await dialog.GetByRole(AriaRole.Radio, new() { Name = "Only these objects" }).CheckAsync();
            // Customer administrators see no department names: the object's address tells the halls apart.
            await MudSelect.ChooseManyAsync(page, dialog.GetByRole(AriaRole.Combobox, new() { Name = "Objects this person sees", Exact = true }),
                $"North Hall {suffix} — Hauptstraße 1, Berlin");

            // Video sessions are still ticked from the invitation: identity refuses them, beside the areas.
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog.GetByTestId("portal-areas")).ToContainTextAsync("You cannot open portal areas to others that you cannot open yourself.");
            await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Video sessions" }).UncheckAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog.GetByTestId("access-saved")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "team-access");
        });

        // Assets learns of the narrowed objects through an event; the browser check below must not race it.
        var employeeToken = await stack.Api.TokenAsync(employee, PortalApi.UserPassword);
        await Eventually.ReturnsAsync(() => stack.Api.GetAsync(employeeToken, "/api/assets/devices"),
            devices => devices.GetProperty("total").GetInt32() == 1, because: "assets to narrow the employee to one object");

        var employeePage = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(employeePage, nameof(ACustomerAdministratorNarrowsAnEmployeeToTicketsDevicesAndOneObjectAndTheEmployeeSeesOnlyThat), async () =>
        {
            // Without the dashboard, the employee starts in their first area.
            await SignIn.AsAsync(employeePage, employee, PortalApi.UserPassword);
            await Assertions.Expect(employeePage.GetByRole(AriaRole.Heading, new() { Name = "Devices", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(employeePage.GetByTestId("code-box")).ToBeVisibleAsync();
            await Assertions.Expect(employeePage.Locator(".mud-navmenu").GetByRole(AriaRole.Link)).ToHaveTextAsync(["Devices", "Tickets"]);
            var devices = employeePage.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table);
            await Assertions.Expect(devices.GetByRole(AriaRole.Link, new() { Name = $"Pump North {suffix}" })).ToBeVisibleAsync();
            await Assertions.Expect(devices.GetByText($"Pump South {suffix}")).ToHaveCountAsync(0);

            await employeePage.GotoAsync("/objects");
            await Assertions.Expect(employeePage.GetByTestId("not-in-access")).ToContainTextAsync("Objects is not part of the portal areas opened to you.");
            await Assertions.Expect(employeePage.GetByRole(AriaRole.Heading, new() { Name = "Not part of your access", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(employeePage.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task StaffSetAUsersAreasAndObjectsByDepartmentViewingAsTheUserShowsOnlyThoseAreasAndStaffDeactivateTheUser()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Branches {suffix}");
        var departmentId = await stack.Api.CreateDepartmentAsync(admin, $"Branch Hamburg {suffix}");
        await stack.Api.CreateObjectAsync(admin, customerId, departmentId, $"Harbour {suffix}");
        await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Vito", language: "en", role: "member");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(StaffSetAUsersAreasAndObjectsByDepartmentViewingAsTheUserShowsOnlyThoseAreasAndStaffDeactivateTheUser), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GotoAsync($"/backoffice/customers/{customerId}");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Users" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Access of Vito Tester" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            foreach (var area in new[] { "Devices", "Objects", "Video sessions" })
            {
                await dialog.GetByRole(AriaRole.Checkbox, new() { Name = area }).UncheckAsync();
            }

            // Staff see which department each object belongs to.
            await dialog.GetByRole(AriaRole.Radio, new() { Name = "Only these objects" }).CheckAsync();
            await MudSelect.ChooseManyAsync(page, dialog.GetByRole(AriaRole.Combobox, new() { Name = "Objects this person sees", Exact = true }),
                $"Branch Hamburg {suffix} · Harbour {suffix}");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog.GetByTestId("access-saved")).ToBeVisibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

            // Viewing as the user shows the portal with the user's areas, not the staff member's.
            var view = await page.Context.RunAndWaitForPageAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = "View as Vito Tester (read-only)" }).ClickAsync());
            await Assertions.Expect(view.GetByTestId("view-as-banner")).ToContainTextAsync("Viewing as Vito Tester");
            await Assertions.Expect(view.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(view.Locator(".mud-navmenu").GetByRole(AriaRole.Link)).ToHaveTextAsync(["Dashboard", "Tickets"]);
            // The dashboard and the app bar leave out the devices area: no devices figures, no box to open a device by its code.
            await Assertions.Expect(view.GetByRole(AriaRole.Group, new() { Name = "Open tickets" })).ToBeVisibleAsync();
            await Assertions.Expect(view.GetByRole(AriaRole.Group, new() { Name = "Devices", Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(view.GetByRole(AriaRole.Heading, new() { Name = "Devices by status" })).ToHaveCountAsync(0);
            await Assertions.Expect(view.GetByTestId("code-box")).ToHaveCountAsync(0);

            // The staff tab keeps its own session: deactivating the user there shows at once.
            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate Vito Tester" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vito Tester" })).ToContainTextAsync("Deactivated");
        });
    }
}
