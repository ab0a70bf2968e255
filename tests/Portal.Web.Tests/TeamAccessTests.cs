using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class TeamAccessTests(WebStack stack)
{
    [Fact]
    public async Task ACustomerAdministratorRenamesAnEmployeesAccountAndSendsThemASetPasswordLink()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Access {suffix}");
        var administrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Alma", language: "en");
        var employeeEmail = $"karl.{Guid.NewGuid():N}@customer.example";

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ACustomerAdministratorRenamesAnEmployeesAccountAndSendsThemASetPasswordLink), async () =>
        {
            await SignIn.AsAsync(page, administrator, PortalApi.UserPassword);
            await page.GotoAsync("/team");
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Add employee" }).ClickAsync();
            var add = page.GetByRole(AriaRole.Dialog);
            await add.GetByLabel("First name").FillAsync("Karl");
            await add.GetByLabel("Last name").FillAsync("Klein");
            await add.GetByLabel("E-mail").FillAsync(employeeEmail);
            await add.GetByRole(AriaRole.Button, new() { Name = "Add employee" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = employeeEmail });
            await Assertions.Expect(row).ToContainTextAsync("No access");

            await page.GetByRole(AriaRole.Button, new() { Name = "Access of Karl Klein" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog.GetByText("No access: this employee only receives e-mails.")).ToBeVisibleAsync();

            // An empty account name is refused beside the field; a new one is kept. The field is cleared once it
            // shows the account's name, as a person would: cleared earlier, the loaded name would fill it again.
            await Assertions.Expect(dialog.GetByLabel("Account name")).ToHaveValueAsync(employeeEmail);
            await dialog.GetByLabel("Account name").FillAsync("");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("An account name cannot be empty.")).ToBeVisibleAsync();
            await dialog.GetByLabel("Account name").FillAsync($"karl.klein.{suffix}");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog.GetByTestId("access-saved")).ToBeVisibleAsync();

            await dialog.GetByRole(AriaRole.Button, new() { Name = "Send set-password link" }).ClickAsync();
            await Assertions.Expect(dialog.GetByTestId("password-link-sent")).ToContainTextAsync($"Set-password link sent to {employeeEmail}");
            await Screenshots.SaveAsync(page, "portal-team-access");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

            // The open link makes the employee "invited"; the account name stays.
            await Assertions.Expect(row).ToContainTextAsync("Invited");
            await page.GetByRole(AriaRole.Button, new() { Name = "Access of Karl Klein" }).ClickAsync();
            await Assertions.Expect(dialog.GetByLabel("Account name")).ToHaveValueAsync($"karl.klein.{suffix}");
        });
    }
}
