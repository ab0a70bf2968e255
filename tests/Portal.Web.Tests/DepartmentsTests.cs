using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class DepartmentsTests(WebStack stack)
{
    [Fact]
    public async Task AnAdministratorAddsADepartmentAndRenamesIt()
    {
        var name = $"Branch {Guid.NewGuid().ToString("N")[..6]}";
        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AnAdministratorAddsADepartmentAndRenamesIt), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Departments" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Departments", Level = 1 })).ToBeVisibleAsync();

            // An empty name is refused beside the field, in the service's words.
            await page.GetByRole(AriaRole.Button, new() { Name = "Add department" }).ClickAsync();
            await Assertions.Expect(page.GetByText("A department needs a name of 1 to")).ToBeVisibleAsync();

            await page.GetByLabel("New department").FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add department" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = $"Rename {name}" }).ClickAsync();
            var renamed = name + " Nord";
            await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync(renamed);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = renamed })).ToBeVisibleAsync();

            // The new name is what the service keeps: it is there after a reload.
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = renamed })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        });
    }
}
