using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class StaffTests(WebStack stack)
{
    [Fact]
    public async Task AnAdministratorComposesACustomRoleAndAddsAStaffMemberWithIt()
    {
        var roleName = $"Service desk {Guid.NewGuid().ToString("N")[..6]}";
        var email = $"sam.{Guid.NewGuid():N}@provider.example";
        var customerName = $"Served {Guid.NewGuid().ToString("N")[..6]} AG";
        await stack.Api.CreateCorporateCustomerAsync(await stack.Api.AdministratorTokenAsync(), customerName);
        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AnAdministratorComposesACustomRoleAndAddsAStaffMemberWithIt), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Staff and roles" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff and roles", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = DevelopmentAccounts.AdminEmail })).ToContainTextAsync("Administrator");

            // A custom role starts from everything the administrator holds; they take the view-as away.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Roles" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Custom role" }).ClickAsync();
            var role = page.GetByRole(AriaRole.Dialog);
            await role.GetByLabel("Role name").FillAsync(roleName);
            await role.GetByLabel("users.impersonate", new() { Exact = true }).UncheckAsync();
            await role.GetByLabel("users.impersonate.full", new() { Exact = true }).UncheckAsync();
            await role.GetByRole(AriaRole.Button, new() { Name = "Create role" }).ClickAsync();
            await Assertions.Expect(role).ToHaveCountAsync(0);
            var roleRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = roleName });
            await Assertions.Expect(roleRow).ToContainTextAsync("customers.manage");
            await Assertions.Expect(roleRow).Not.ToContainTextAsync("users.impersonate");

            await page.GetByRole(AriaRole.Tab, new() { Name = "Staff" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add staff member" }).ClickAsync();
            var staff = page.GetByRole(AriaRole.Dialog);
            await staff.GetByLabel("First name").FillAsync("Sam");
            await staff.GetByLabel("Last name").FillAsync("Desk");
            await staff.GetByLabel("E-mail", new() { Exact = true }).FillAsync("not an address");
            // The role select shows the chosen role's name as its value (MudSelect over role records).
            await staff.GetByLabel("Role").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = roleName, Exact = true }).ClickAsync();
            await Assertions.Expect(staff.GetByLabel("Role")).ToHaveValueAsync(roleName);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();
            await Assertions.Expect(staff.GetByText("Give a valid e-mail address.")).ToBeVisibleAsync();

            await staff.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Add staff member" }).ClickAsync();
            await Assertions.Expect(staff).ToHaveCountAsync(0);
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
            await Assertions.Expect(row).ToContainTextAsync(roleName);
            await Assertions.Expect(row).ToContainTextAsync("All customers");
            await Screenshots.SaveAsync(page, "backoffice-staff");

            // Narrow the new staff member to one customer.
            await page.GetByRole(AriaRole.Button, new() { Name = "Accessible accounts of Sam Desk" }).ClickAsync();
            var accounts = page.GetByRole(AriaRole.Dialog);
            await accounts.GetByText("Only the chosen customers").ClickAsync();
            await MudSelect.ChooseManyAsync(page, accounts.GetByRole(AriaRole.Combobox, new() { Name = "Customers", Exact = true }), customerName);
            await Assertions.Expect(accounts.GetByRole(AriaRole.Combobox, new() { Name = "Customers", Exact = true })).ToHaveValueAsync(customerName);
            await accounts.GetByRole(AriaRole.Button, new() { Name = "Save accessible accounts" }).ClickAsync();
            await Assertions.Expect(accounts).ToHaveCountAsync(0);
            await Assertions.Expect(row).ToContainTextAsync("Chosen customers: 1");

            // What identity keeps: after a reload the row still says so.
            await page.ReloadAsync();
            await Assertions.Expect(row).ToContainTextAsync("Chosen customers: 1");

            // A role somebody holds cannot go; the page says why.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Roles" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Delete role {roleName}" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete role" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Give its holders another role first.")).ToBeVisibleAsync();
            await Assertions.Expect(roleRow).ToHaveCountAsync(1);

            // Sam gets a built-in role, is deactivated and reactivated; then the custom role can go.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Staff" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Change the role of Sam Desk" }).ClickAsync();
            var change = page.GetByRole(AriaRole.Dialog);
            await change.GetByLabel("Role").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Content creator", Exact = true }).ClickAsync();
            await Assertions.Expect(change.GetByLabel("Role")).ToHaveValueAsync("Content creator");
            await change.GetByRole(AriaRole.Button, new() { Name = "Save role" }).ClickAsync();
            await Assertions.Expect(change).ToHaveCountAsync(0);
            await Assertions.Expect(row).ToContainTextAsync("Content creator");

            await page.GetByRole(AriaRole.Button, new() { Name = "Deactivate Sam Desk" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("Deactivated");
            await page.GetByRole(AriaRole.Button, new() { Name = "Reactivate Sam Desk" }).ClickAsync();
            await Assertions.Expect(row).Not.ToContainTextAsync("Deactivated");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deactivate Sam Desk" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Tab, new() { Name = "Roles" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Delete role {roleName}" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete role" }).ClickAsync();
            await Assertions.Expect(roleRow).ToHaveCountAsync(0);
        });
    }
}
