using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class TeamTests(WebStack stack)
{
    [Fact]
    public async Task ACustomerAdministratorAddsAnEmployeeSetsTheirEmailCategoriesAndDeactivatesAndReactivatesAColleague()
    {
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Team {Guid.NewGuid().ToString("N")[..6]}");
        var administrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Anna", language: "en");
        var colleague = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Eva", language: "en", role: "member");
        var employeeEmail = $"nina.{Guid.NewGuid():N}@customer.example";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ACustomerAdministratorAddsAnEmployeeSetsTheirEmailCategoriesAndDeactivatesAndReactivatesAColleague), async () =>
        {
            await SignIn.AsAsync(page, administrator, PortalApi.UserPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Team management" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team management", Level = 1 })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add employee" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("First name").FillAsync("Nina");
            await dialog.GetByLabel("Last name").FillAsync("Neu");
            await dialog.GetByLabel("E-mail").FillAsync(employeeEmail);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Add employee" }).ClickAsync();

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = employeeEmail });
            await Assertions.Expect(row).ToContainTextAsync("No access");

            // Notifications learns of the new employee by an event; until then the dialog says so.
            var settings = page.GetByRole(AriaRole.Dialog);
            await Eventually.ReturnsAsync(async () =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "E-mail settings of Nina Neu" }).ClickAsync();
                var tickets = settings.GetByLabel("Tickets", new() { Exact = true });
                await Assertions.Expect(tickets.Or(settings.GetByRole(AriaRole.Alert)).First).ToBeVisibleAsync();
                var ready = await tickets.IsVisibleAsync();
                if (!ready)
                {
                    await settings.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
                    await Assertions.Expect(settings).ToHaveCountAsync(0);
                }

                return ready;
            }, ready => ready, because: "the employee's e-mail settings");

            await Assertions.Expect(settings.GetByLabel("Tickets", new() { Exact = true })).ToBeCheckedAsync();
            await settings.GetByLabel("Tickets", new() { Exact = true }).UncheckAsync();
            await settings.GetByRole(AriaRole.Button, new() { Name = "Save e-mail settings" }).ClickAsync();
            await Assertions.Expect(settings).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "portal-team");

            await page.GetByRole(AriaRole.Button, new() { Name = "E-mail settings of Nina Neu" }).ClickAsync();
            await Assertions.Expect(settings.GetByLabel("Tickets", new() { Exact = true })).Not.ToBeCheckedAsync();
            await Assertions.Expect(settings.GetByLabel("Devices", new() { Exact = true })).ToBeCheckedAsync();
            await settings.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
            await Assertions.Expect(settings).ToHaveCountAsync(0);

            // Deactivating ends the colleague's sign-in at once; reactivating lets them back in. Nobody deactivates themselves.
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deactivate Anna Tester" })).ToHaveCountAsync(0);
            var colleagueRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = colleague });
            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate Eva Tester" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
            await Assertions.Expect(colleagueRow).ToContainTextAsync("Deactivated");
            Assert.Null(await stack.Api.TryTokenAsync(colleague, PortalApi.UserPassword));

            await page.GetByRole(AriaRole.Button, new() { Name = "Reactivate Eva Tester" }).ClickAsync();
            await Assertions.Expect(colleagueRow).ToContainTextAsync("Active");
            await Assertions.Expect(colleagueRow).Not.ToContainTextAsync("Deactivated");
            Assert.NotNull(await stack.Api.TryTokenAsync(colleague, PortalApi.UserPassword));
        });
    }
}
